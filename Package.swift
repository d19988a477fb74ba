// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "BudgetLab",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "budgetlab", targets: ["budgetlab"]),
        .library(name: "LinearProgramming", targets: ["LinearProgramming"]),
        .library(name: "BudgetModel", targets: ["BudgetModel"]),
        .library(name: "Optimizer", targets: ["Optimizer"]),
        .library(name: "Planning", targets: ["Planning"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    ],
    targets: [
        // MARK: C (the only place that sees GLPK's C API)
        .systemLibrary(
            name: "CGLPK",
            providers: [.apt(["libglpk-dev"]), .brew(["glpk"])]
        ),

        // MARK: Implementation modules (data flows downward only)
        // GLPK's error hook needs setjmp/longjmp, which Swift cannot call: a small C shim, used
        // only by LinearProgramming (see Sources/CGLPKGuard/guard.c).
        .target(name: "CGLPKGuard", dependencies: ["CGLPK"]),
        .target(name: "LinearProgramming", dependencies: ["CGLPK", "CGLPKGuard"]),
        .target(name: "Localization"),
        .target(name: "BudgetModel", dependencies: ["Localization", .product(name: "Yams", package: "Yams")]),
        .target(name: "Optimizer", dependencies: ["BudgetModel", "LinearProgramming", "Localization"]),
        .target(name: "Planning", dependencies: ["BudgetModel", "Optimizer", "Localization"]),
        .target(name: "Reports", dependencies: ["BudgetModel", "Optimizer", "Fitting", "Simulation", "Recommendation", "Planning", "Localization"]),
        .target(
            name: "History",
            dependencies: ["Localization", .product(name: "CSV", package: "CSV.swift"), .product(name: "Yams", package: "Yams")]),
        .target(name: "Fitting", dependencies: ["BudgetModel", "Localization"]),
        .target(
            name: "Simulation",
            dependencies: ["BudgetModel", "Optimizer", "Fitting", "History", "Localization", .product(name: "Yams", package: "Yams")]),
        .target(name: "Recommendation", dependencies: ["BudgetModel", "Optimizer", "Fitting", "History", "Planning", "Localization"]),
        .target(name: "ModelImport", dependencies: ["BudgetModel", "Localization", .product(name: "CSV", package: "CSV.swift")]),
        .executableTarget(
            name: "budgetlab",
            dependencies: [
                "BudgetModel", "Optimizer", "Reports", "History", "Fitting", "Simulation", "Recommendation", "Localization",
                "ModelImport", "Planning",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "CSV", package: "CSV.swift"), .product(name: "Yams", package: "Yams"),
            ]
        ),

        // Fuzz targets (issue 11): the checks as a library, a libFuzzer driver (Benchmarks/fuzz/run.sh).
        .target(name: "FuzzChecks", dependencies: ["BudgetModel", "Optimizer", "History", "Fitting", "Recommendation"]),
        .executableTarget(name: "budgetlab-fuzz", dependencies: ["FuzzChecks"], path: "Benchmarks/fuzz/target"),

        .executableTarget(
            name: "budgetlab-bench",
            dependencies: [
                "BudgetModel", "Optimizer", "Fitting", "Simulation", "Planning", "History", "Recommendation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/budgetlab-bench"
        ),

        // MARK: Tests
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "LinearProgrammingTests", dependencies: ["LinearProgramming", "TestSupport"]),
        .testTarget(name: "BudgetModelTests", dependencies: ["BudgetModel", "TestSupport"]),
        .testTarget(name: "OptimizerTests", dependencies: ["Optimizer", "BudgetModel", "TestSupport"]),
        .testTarget(
            name: "ReportsTests",
            dependencies: ["Reports", "Optimizer", "BudgetModel", "Simulation", "TestSupport", "Localization", "Recommendation", "History", "Fitting", "Planning"]),
        .testTarget(name: "PlanningTests", dependencies: ["Planning", "Optimizer", "BudgetModel", "TestSupport"]),
        .testTarget(name: "HistoryTests", dependencies: ["History", "TestSupport"]),
        .testTarget(name: "FittingTests", dependencies: ["Fitting", "BudgetModel", "TestSupport"]),
        .testTarget(
            name: "SimulationTests", dependencies: ["Simulation", "Optimizer", "BudgetModel", "Fitting", "History", "TestSupport"]),
        .testTarget(name: "RecommendationTests", dependencies: ["Recommendation", "History", "Fitting", "BudgetModel", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport"]),
        .testTarget(
            name: "FuzzTests", dependencies: ["FuzzChecks", "BudgetModel", "TestSupport"],
            exclude: ["corpus", "regressions"]),  // read from disk by path, not bundled
        .testTarget(name: "LocalizationTests", dependencies: ["Localization"]),
        .testTarget(name: "ModelImportTests", dependencies: ["ModelImport", "BudgetModel", "TestSupport"]),
    ]
)
