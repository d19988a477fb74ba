extension LinearProgram {
    /// GLPK's limit on the length of a row or column name, in bytes.
    static let maximumNameLength = 255

    /// The largest magnitude of any bound or coefficient passed to GLPK. Beyond it GLPK's
    /// scaling can compute a zero or infinite scale factor and abort (`glp_set_sjj: invalid
    /// scale factor`, seen with bounds of 10³⁰⁰). Non-zero coefficients smaller than
    /// ``smallestCoefficient`` are passed as 0.
    public static let largestMagnitude = 1e30
    /// Coefficients below this magnitude reach GLPK as 0 (their effect is below every tolerance).
    public static let smallestCoefficient = 1e-30

    /// Checks everything GLPK would otherwise abort on.
    ///
    /// - Throws: ``LinearProgramError`` naming the first offending variable, row or number.
    public func validate() throws(LinearProgramError) {
        guard !variables.isEmpty else { throw .emptyModel }
        let limit = Int(Int32.max) - 1
        guard variables.count < limit else { throw .tooLarge(what: "variables") }
        guard rows.count < limit else { throw .tooLarge(what: "rows") }
        guard objectiveConstant.isFinite else { throw .nonFinite(field: "objective constant") }
        try Self.checkMagnitude(objectiveConstant, field: "objective constant")

        // Sized once: growing the set from empty was a third of validating a small model.
        var seen = Set<String>(minimumCapacity: Swift.max(variables.count, rows.count))
        for (index, variable) in variables.enumerated() {
            try Self.checkName(variable.name, kind: "variable", seen: &seen)
            try Self.checkBounds(variable.bounds, kind: "variable", name: variable.name)
            guard objectiveCoefficients[index].isFinite else {
                throw .nonFinite(field: "objective coefficient of '\(variable.name)'")
            }
            try Self.checkMagnitude(objectiveCoefficients[index], field: "objective coefficient of '\(variable.name)'")
            try Self.checkIntegrality(variable)
        }

        seen.removeAll(keepingCapacity: true)
        var nonZeros = 0
        for row in rows {
            try Self.checkName(row.name, kind: "row", seen: &seen)
            try Self.checkBounds(row.bounds, kind: "row", name: row.name)
            for term in row.terms {
                guard term.variable.index >= 0, term.variable.index < variables.count else {
                    throw .unknownVariable(row: row.name, index: term.variable.index)
                }
                guard term.coefficient.isFinite else {
                    throw .nonFinite(
                        field: "coefficient of '\(variables[term.variable.index].name)' in row '\(row.name)'")
                }
                try Self.checkMagnitude(
                    term.coefficient, field: "coefficient of '\(variables[term.variable.index].name)' in row '\(row.name)'")
            }
            nonZeros += row.terms.count
            guard nonZeros < limit else { throw .tooLarge(what: "coefficients") }
        }
    }

    private static func checkName(
        _ name: String, kind: String, seen: inout Set<String>
    ) throws(LinearProgramError) {
        guard !name.isEmpty, name.utf8.count <= maximumNameLength else {
            throw .invalidName(kind: kind, name: name)
        }
        guard seen.insert(name).inserted else { throw .duplicateName(kind: kind, name: name) }
    }

    /// `field` is only built for a number out of range (building it for every bound and
    /// coefficient cost a sixth of a small problem's solve).
    static func checkMagnitude(_ value: Double, field: @autoclosure () -> String) throws(LinearProgramError) {
        guard abs(value) <= largestMagnitude else { throw .outOfRange(field: field(), value: value) }
    }

    static func checkBounds(
        _ bounds: Bounds, kind: String, name: String
    ) throws(LinearProgramError) {
        if let lower = bounds.lower, !lower.isFinite {
            throw .nonFinite(field: "lower bound of \(kind) '\(name)'")
        }
        if let upper = bounds.upper, !upper.isFinite {
            throw .nonFinite(field: "upper bound of \(kind) '\(name)'")
        }
        if let lower = bounds.lower { try checkMagnitude(lower, field: "lower bound of \(kind) '\(name)'") }
        if let upper = bounds.upper { try checkMagnitude(upper, field: "upper bound of \(kind) '\(name)'") }
        if let lower = bounds.lower, let upper = bounds.upper, lower > upper {
            throw .invertedBounds(kind: kind, name: name, lower: lower, upper: upper)
        }
    }

    private static func checkIntegrality(_ variable: Variable) throws(LinearProgramError) {
        switch variable.kind {
        case .continuous:
            return
        case .integer:
            for bound in [variable.bounds.lower, variable.bounds.upper] {
                if let bound, bound.rounded() != bound {
                    throw .nonIntegralBounds(variable: variable.name)
                }
            }
        case .binary:
            let lower = variable.bounds.lower ?? 0
            let upper = variable.bounds.upper ?? 1
            guard lower.rounded() == lower, upper.rounded() == upper, lower >= 0, upper <= 1 else {
                throw .nonIntegralBounds(variable: variable.name)
            }
        }
    }
}
