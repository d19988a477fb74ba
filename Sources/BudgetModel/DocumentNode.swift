import Yams

/// A parsed scenario document: the little of YAML the scenario reader uses (mappings,
/// sequences, scalars and whether a scalar was plain), each with the line it starts on.
///
/// Built from Yams' composed nodes, or directly by ``JSONReader`` for JSON files, which is
/// several times faster and lighter for large files; both give the same tree.
enum DocumentNode: Sendable {
    /// Text, and whether it was written plain (unquoted): only plain scalars are numbers.
    case scalar(String, plain: Bool, line: Int?)
    case mapping([(key: DocumentNode, value: DocumentNode)], line: Int?)
    case sequence([DocumentNode], line: Int?)
    /// A plain number scalar whose text is exactly `"\(value)"` (Swift's shortest form), kept
    /// as the number: a text over 15 bytes would cost a heap string per number (a 100,000-
    /// channel file has half a million of them). Reads like ``scalar(_:plain:line:)`` with
    /// that text and `plain: true` (see ``scalar``).
    case number(Double, line: Int?)

    /// The 1-based line where the node starts, when the parser gave it.
    var line: Int? {
        switch self {
        case let .scalar(_, _, line), let .mapping(_, line), let .sequence(_, line), let .number(_, line): line
        }
    }

    /// A scalar's text, plainness and line (a ``number(_:line:)`` as its text); nil otherwise.
    var scalar: (text: String, plain: Bool, line: Int?)? {
        switch self {
        case let .scalar(text, plain, line): (text, plain, line)
        case let .number(value, line): ("\(value)", true, line)
        case .mapping, .sequence: nil
        }
    }

    /// A plain scalar read from `text`: a ``number(_:line:)`` when that keeps the same text.
    static func plain(_ text: String, line: Int?) -> DocumentNode {
        if text.utf8.count > 15, let value = Double(text), value.isFinite, "\(value)" == text { return .number(value, line: line) }
        return .scalar(text, plain: true, line: line)
    }

    /// Converts a Yams node (aliases are already resolved by `compose`).
    init(_ node: Node) {
        switch node {
        case let .scalar(scalar):
            self = .scalar(scalar.string, plain: scalar.style == .plain, line: scalar.mark?.line)
        case let .mapping(mapping):
            self = .mapping(mapping.map { (DocumentNode($0.key), DocumentNode($0.value)) }, line: mapping.mark?.line)
        case let .sequence(sequence):
            self = .sequence(sequence.map(DocumentNode.init), line: sequence.mark?.line)
        case let .alias(alias):
            self = .scalar("*\(alias.anchor.rawValue)", plain: false, line: alias.mark?.line)
        }
    }
}

/// Where a field sits in the document (`channels[2].curve.shape`), built as a chain so that
/// the text is only assembled for an error message.
final class FieldPath: Sendable {
    private let parent: FieldPath?
    private let component: Component

    private enum Component {
        case root
        case key(String)
        case index(Int)
    }

    static let root = FieldPath(parent: nil, component: .root)

    private init(parent: FieldPath?, component: Component) {
        self.parent = parent
        self.component = component
    }

    func key(_ key: String) -> FieldPath { FieldPath(parent: self, component: .key(key)) }
    func index(_ index: Int) -> FieldPath { FieldPath(parent: self, component: .index(index)) }

    /// The dotted text, empty for the root.
    var text: String {
        switch component {
        case .root: return ""
        case let .key(key):
            let head = parent?.text ?? ""
            return head.isEmpty ? key : "\(head).\(key)"
        case let .index(index): return "\(parent?.text ?? "")[\(index)]"
        }
    }
}
