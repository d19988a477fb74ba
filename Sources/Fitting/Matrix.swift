/// A small dense matrix of `Double`, stored row by row.
///
/// Sized for the systems this module solves (tens of columns, hundreds of rows); no blocking,
/// no BLAS. Indices are zero-based: `self[i, j]` is row `i`, column `j`.
struct Matrix: Sendable, Equatable {
    let rows: Int
    let columns: Int
    /// Row-major values: element (i, j) is at `i · columns + j`.
    var values: [Double]

    /// A `rows × columns` matrix filled with `value`.
    init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "matrix dimensions must be non-negative")
        self.rows = rows
        self.columns = columns
        self.values = [Double](repeating: value, count: rows * columns)
    }

    /// A matrix from its rows (all of the same length).
    init(_ rowArrays: [[Double]]) {
        let columns = rowArrays.first?.count ?? 0
        precondition(rowArrays.allSatisfy { $0.count == columns }, "all rows must have the same length")
        self.rows = rowArrays.count
        self.columns = columns
        self.values = rowArrays.flatMap { $0 }
    }

    /// A matrix whose columns are `columnArrays` (all of the same length).
    init(columns columnArrays: [[Double]]) {
        let rows = columnArrays.first?.count ?? 0
        precondition(columnArrays.allSatisfy { $0.count == rows }, "all columns must have the same length")
        self.init(rows: rows, columns: columnArrays.count)
        for (j, column) in columnArrays.enumerated() {
            for i in 0..<rows { values[i * columns + j] = column[i] }
        }
    }

    subscript(row: Int, column: Int) -> Double {
        get { values[row * columns + column] }
        set { values[row * columns + column] = newValue }
    }

    /// `A x` for a vector `x` of length `columns`.
    func multiplied(by x: [Double]) -> [Double] {
        precondition(x.count == columns, "vector length must equal the column count")
        return (0..<rows).map { i in
            var sum = 0.0
            for j in 0..<columns { sum += values[i * columns + j] * x[j] }
            return sum
        }
    }

    /// The Gram matrix `AᵀA` (columns × columns, symmetric).
    var gram: Matrix {
        var result = Matrix(rows: columns, columns: columns)
        for j in 0..<columns {
            for k in j..<columns {
                var sum = 0.0
                for i in 0..<rows { sum += values[i * columns + j] * values[i * columns + k] }
                result[j, k] = sum
                result[k, j] = sum
            }
        }
        return result
    }

    /// `Aᵀy` for a vector `y` of length `rows`.
    func transposedTimes(_ y: [Double]) -> [Double] {
        precondition(y.count == rows, "vector length must equal the row count")
        var result = [Double](repeating: 0, count: columns)
        for i in 0..<rows {
            for j in 0..<columns { result[j] += values[i * columns + j] * y[i] }
        }
        return result
    }
}
