import Foundation
import Localization

/// Why a file could not be read, in words: "no such file", "it is a directory", "permission
/// denied", "not UTF-8 text" — never `NSCocoaErrorDomain error 256`.
public func fileReadProblem(_ path: String, error: Error? = nil) -> String {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return tr(.errNoSuchFile) }
    if isDirectory.boolValue { return "it is a directory" }
    if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
    if let nsError = error as NSError?, nsError.code == NSFileReadInapplicableStringEncodingError || nsError.code == NSFileReadCorruptFileError {
        return tr(.errNotUTF8)
    }
    return (error as NSError?)?.localizedFailureReason ?? tr(.errNotUTF8)
}
