import BudgetModel
import Foundation
@testable import ModelImport

/// Paths of the hand-built example files in Scenarios/import/.
enum Example {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ name: String) -> String { root.appendingPathComponent("Scenarios/import/\(name)").path }

    /// Writes `text` to a new temporary file and returns its path.
    static func temporary(_ text: String, name: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("budgetlab-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}

/// The `[x, y]` pairs of a points curve.
func pairs(_ curve: Curve) -> [[Double]] {
    guard case let .points(points) = curve else { return [] }
    return points.map { [$0.x, $0.y] }
}

/// Weeks per month, 365.25 / 7 / 12.
let weeksPerMonth = 365.25 / 7 / 12
