/// Why a scenario could not be used. The CLI maps every case to exit status 2.
public struct ScenarioError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file, or "<input>" when parsed from a string.
    public var file: String
    /// Where in the file: a path such as `channels[2].curve.shape`; empty for the whole file.
    public var path: String
    /// The 1-based line, when the parser knows it.
    public var line: Int?
    /// What is wrong.
    public var message: String

    public init(file: String, path: String, line: Int? = nil, message: String) {
        self.file = file
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        return path.isEmpty ? "\(location): \(message)" : "\(location): \(path): \(message)"
    }
}
