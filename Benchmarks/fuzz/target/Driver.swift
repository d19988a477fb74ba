import Foundation
import FuzzChecks

// The libFuzzer driver for the fuzz targets of ``FuzzTargets`` (see Benchmarks/fuzz/run.sh).
//
// Built with `--sanitize fuzzer -Xswiftc -DFUZZING`, it is libFuzzer's
// `LLVMFuzzerTestOneInput`; the target is chosen by `BUDGETLAB_FUZZ_TARGET` (scenario or
// history), and a finding in words aborts, so libFuzzer saves the input as a crash. Built
// normally (`swift build`), it replays files: `budgetlab-fuzz scenario|history FILE...`
// prints each finding and exits 1 if there is any.

/// One input through the chosen target; a finding in words is reported and aborts.
func runOne(_ target: String, _ bytes: [UInt8]) -> String? {
    target == "history" ? FuzzTargets.history(bytes) : FuzzTargets.scenario(bytes)
}

#if FUZZING
// SwiftPM builds a fuzzer target as a library: libFuzzer supplies `main` and calls this.
let fuzzTarget = ProcessInfo.processInfo.environment["BUDGETLAB_FUZZ_TARGET"] ?? "scenario"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if let finding = runOne(fuzzTarget, bytes) {
        FileHandle.standardError.write(Data("FINDING: \(finding)\n".utf8))
        abort()
    }
    return 0
}
#else
/// Replays files through a target: `budgetlab-fuzz scenario|history FILE...`.
@main
struct Replay {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let target = arguments.first, ["scenario", "history"].contains(target) else {
            FileHandle.standardError.write(Data("usage: budgetlab-fuzz scenario|history FILE...\n".utf8))
            exit(64)
        }
        var findings = 0
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            if let finding = runOne(target, Array(data)) {
                print("\(path): \(finding)")
                findings += 1
            }
        }
        print("\(arguments.count - 1) inputs, \(findings) findings")
        exit(findings > 0 ? 1 : 0)
    }
}
#endif
