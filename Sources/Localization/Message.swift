/// The key of every human-facing message. Each case has an English and a Chinese template in
/// ``Catalogue``; see there how to add one.
public enum Message: String, CaseIterable, Sendable {
    // MARK: Errors (Catalogue+Errors.swift)
    case errorPrefix, validLP, validMILP, validNonConcave, validInteger, errCannotRead, errNoSuchFile
    case errNotUTF8, errEmptyFile, errNotYAML, errExpectedMapping, errPlainKeys, errUnknownKey
    case errExpectedNameMapping, errExpectedList, errExpectedText, errExpectedNumber, errExpectedNumberFound
    case errNotFinite, errNegative, errNotPositive, errNotShare, errExpectedBool, errExpectedBoolFound
    case errMissingKey, errNeedsChannel, errBudgetForm, errBudgetBoth, errObjectiveBoth, errOnlySpendMinimised
    case errMinimizeNeedsTarget, errMinROIWithMinimize, errValueWithProfit, errTargetWithMinimize
    case errMaximizeKind, errProfitNeedsValue, errGroupBoth, errGroupRuleEmpty, errUnknownChannel
    case errEqualAndBounds, errRuleNeedsBound, errMinAboveMax, errCurveMapping, errCurveType, errUnknownCurve
    case errExponentRange, errTwoPoints, errPointPair, errPointsIncrease, errFirstPoint, errInvalidName
    case errDuplicateChannel, errInvalidGroup, errGroupTwice, errLockedNeedsCurrent, errMinBuyAboveMax
    case errNoUpperLimit, errUnknownGroup, errGroupRuleTwice, errMinShareAboveMax, errDuplicateRule
    case errNoBudgetToChange, errBudgetPositive, errFieldNonNegative, errUnknownField, errNothingToLock
    case errScalePositive, errUnknownGroupName, errShareOutside, errShareOrder, errChannelMinAboveMax
    case errChannelNoLimit, changeScaleBudget, changeSetBudget, changeScaleCurve, changeShare, violBelow
    case violAbove, violTotalSpend, violChannelSpend, violNegative, violMinBuy, violBuyUnit
    case violGroupShareBelow, violGroupShareAbove, violGroupSpend, violRule, violROI, violTotalOutcome
    case stmtTotal, stmtChange, stmtMinBuy, stmtBuyUnit, errNoPlan, errConflict, errSolverFailed
    case errAfterChanges, errCSVEmpty, errCSVFieldCount, errCSVNoRows, errCSVNoColumn, errCSVColumnTwice
    case errCSVNotNumber, placeRow, placeColumn, notePartialMonth, noteLeftOut, noteNoBootstrap
    case noteLaterExperiments
    case fitInvalidInput, fitTooFewPeriods, fitNoSpend, fitSingular, fitExtremeValue, usageTolerance
    case usageSteps, usageNoChange, usageMonth, usagePositive, usageBudgetWithHorizon, recommendHorizonIntro
    case usageBootstrap, usageDataFile, usageColumns, usageAttributed, usageLongChannel, usageOneOf
    case errCannotFit, errCannotWrite, errNoCurrentToEvaluate, errCannotReadPlan
    case errPlanNotYAML, errPlanEntry, errPlanNumber, errPlanShape, errPlanUnknownChannel
    case errPlanMissingChannel, errPlanNegative, errPlanCSVColumns, errPlanDuplicate, errSweepNoBudget
    // MARK: Learning (Catalogue+Learning.swift)
    case recommendTitle, labelLastMonthSplit, labelOptimality, labelFit, expectedOutcomeText
    case lastMonthSplitText, optimalityText, recommendFitText, columnLastMonth, columnRecommended, columnChange
    case columnMROILastMonth, columnMROIRecommended, columnWhy, rulesThatShape, notes, mroiNote, theOthers
    case heldBy, reasonKeep, reasonUp, reasonUpSCurve, reasonDown, reasonDownRules, fitTitle, labelMethod
    case labelPeriods, labelHoldoutMAPE, labelROIPrior, fitMethodAggregate, fitMethodAttributed, roiPriorText
    case labelExperiments, fitNote, fitLeftOut, columnContribution, columnROIInterval, columnEvidence, columnMonthlyCurve
    case evidenceStrong, evidenceModerate, evidenceWeak, fitNoteAggregate, fitNoteAttributed, weakEvidence
    case seriesActual, seriesFitted, seriesBaseline, seriesFittedCurve, seriesBootstrapBand, markerRecentSpend
    case fitChartTitle, curveChartTitle, axisPeriod, axisMonthlySpend, axisMonthlyOutcome, simulationTitle
    case compareTitle, labelWorld, labelMonths, labelReplicates, labelNoise, labelWarmup, labelOracle
    case labelBaseline, worldHistory, worldCurves, monthsText, replicatesText, warmupText, oracleText
    case baselineText, holdoutMAPEText, budgetPerMonth, budgetRangePerMonth, simulationDefinitions
    case tableStrategies, tableMonthly, columnRank, columnStrategy, columnRegret, columnRegretRange
    case columnViolations, columnRepairedMonths, columnRegretP05, columnRegretP95, columnRealizedRegret
    case columnMonth, rulesBrokenExamples, ranking, roiByMonth, regretByMonthTable, chartsSeeHTML
    case allocationLastMonth, cumulativeOutcome, monthlyAllocation, regretVsOracle, captionCumulative
    case captionAllocation, captionROI, captionRegret, captionRegretTime, cumulativeChartTitle, roiChartTitle
    case regretTimeTitle, regretTimeLabel, cumulativeRegret, regretBarsTitle, regretAxis, allocationTitle
    case tipCumulative, tipROI, tipRegretEnd, tipRegret
    // MARK: Plans (Catalogue+Plans.swift)
    case colon, yes, no, none, total, labelled, csvField, csvValue, infeasible, budgetExactly, budgetAtMost
    case maximiseOutcome, maximiseProfit, minimiseSpend, wordOutcome, wordProfit, wordSpend, wordShare, wordCap
    case wordFloor, verbGains, verbCosts, planTitle, evaluationTitle, whatIfTitle, sweepTitle, labelStatus
    case labelBudget, labelTotalSpend, labelTotalOutcome, labelExpectedOutcome, labelROI, labelObjective
    case labelSolver, labelOptimum, labelGapToOptimum, labelLevels, solverText, solverTextOneRound, statusOptimal, statusFeasible
    case statusNoBound, statusWithin, statusAboveTarget, obeysEveryRule, breaksOneRule, breaksRules, noOptimum
    case brokenRules, gapBelow, gapAbove, gapByBreakingRules, changes, noRuleBinds, bindingAfterChanges
    case spendByChannel, totals, levelsText, frontier, sweepNote, tableChannels, tableRules, columnChannel
    case columnSpend, columnShare, columnVsCurrent, columnOutcome, columnROI, columnMarginalROI, columnRule
    case columnBinding, columnShadowPrice, columnUnit, columnPerUnitOfSpend, columnMeaning, columnOptimalSpend
    case columnPlanMinusOptimal, columnBase, columnChanged, columnMeasure, columnFeasible
    case columnStepMarginalROI, columnBudgetShadowPrice, shadowSourceLP, shadowSourceMILP, shadowPriceNote
    case milpNote, notBinding, bindingNoEffect, whyBudget, whyChannelMax, whyChangeUp, whyChannelMin
    case whyChangeDown, whyLocked, whyMinBuy, whyBuyUnit, whyGroupMax, whyGroupMin, whyLinear, whyMinROI
    case whyTargetOutcome, sharePerPoint, whyShare, whyShareShort, annualTitle, annualSolverText, annualSolverTextOneRound, labelActuals
    case tableMonths, actualsText, actualSuffix, bindingRules, looseRules, columnBudgetMarginalROI
    case spendByMonthAndChannel, wholeHorizon, movingNothing, movingBudget, sweepChartTitle, noFeasibleLevel
    case sweepNoFeasibleLevel, sweepNoFeasibleLevelAt, sweepLevelReason, sweepLevelsWithoutPlan
    case marginalPerUnit, legendStepMarginal, tipSweepPoint, tipSweepInfeasible, tipStepMarginal, tipShadowPrice

    // MARK: Import (Catalogue+Import.swift)
    case importTitle, importHeader, importChannels, columnCurve, columnCurrentSpend, columnOutcomeAtCurrent
    case columnDraws, importMapping, importWrote, importAnd, noteTableSource, noteTablePeriod, noteTableDraws
    case noteRobynSource, noteRobynHill, noteRobynSteady, noteRobynCurrent, noteMeridianSource
    case noteMeridianMonthly, noteMeridianCurrent, notePyMCSource, notePyMCAdstock, notePyMCMonthly, periodDay
    case periodWeek, periodMonth

    // MARK: Charts (Catalogue+Charts.swift)
    case planMonthNumber, planChartLabel, planChartTitle, planChartAxis, planChartPale
    // MARK: Uncertain curves (Catalogue+Uncertainty.swift)
    case labelRisk, labelOutcomeOverDraws, labelBeatsCurrent, labelBeatsLastMonth, outcomeOverDrawsText
    case beatsText, beatsGainText, versusCurrent, versusLastMonth, noDraws, riskMeanSummary, riskCVaRSummary
    case riskChanceSummary, riskMeanShort, riskCVaRShort, riskChanceShort, columnOutcomeInterval
    case columnBeatsCurrent, evidenceCap, evidenceFloor

    // MARK: Usage errors (Catalogue+Usage.swift)
    case usageToleranceFloor, usageRisk, usageEvidenceMargin, usageFromOrWorld, usageRoiPrior, usageRobynData
    case usageMeridianMonths, usagePymcScale, usageCurrentList, usageMaxDraws, usageDataAndDataset
    case usageNotWithDataset, usageWorldOrHistory, usageGiveWorld, usageMonths, usageSeeds, usageWarmup
    case usageNonNegative, usageTrust, usageDrift, usageSeasonality, usageWroteFile, outSymlink, outNotRegular
    case outIsInput, outKindDirectory, outKindDevice, outKindPipe, outKindSocket, outKindOther, outNoFolder
    case outNotFolder, outNotWritable, outReportsNotDirectory, outCannotCreateFolder, outCreateReason
    case outStdoutClosed, outStdoutFailed

    // MARK: Simulation errors (Catalogue+Simulation.swift)
    case simMonthPrefix, simSolverFailed, simReplicateUnfinished, simCannotFitHistory, simHistoryTooShort
    case simHistoryNoSpend, simRulesChannels, simNeedsMonth, simArraysShape, simBudgetPositive, simStartSpend
    case simNoMinROI, simNeedsBudget, simNeedsBudgetTotal, simNoCurrent, simDriftUnknown, simDriftRate, simReportBias, simWorldReportBias
    case simSeasonalityValue, simNoiseValue, simUnknownStrategy, simStrategyTwice, simNoStrategy
    case simAStrategyTwice, simHistoricalNeedsHistory, simSeeds, simWarmup, simJitter, simTolerance, simTrust
    case simShift, simWindow, simPlanDraws, simNotResult, simWorldFlow, simWorldMapping, simWorldMonths, simWorldNonNegative
    case simWorldNoiseModel, simWorldPositiveList, simWorldPositive, simWorldOneMultiplier, simWorldDriftMap
    case simWorldDriftRate, simWorldUnknownKey

    // MARK: Dataset files (Catalogue+Datasets.swift)
    case dsFolder, dsUnreadable, dsCSVText, dsAllMissing, dsCannotRead, dsIsDirectory, dsNotUTF8, dsNoSuchFile
    case dsChannelLong, dsSpendLong, dsNotSpendColumn, dsAttributedAll, dsExperimentList, dsExpectedDate
    case dsMissingDay, dsMissingValue, dsNoRow, dsPlainKeys, dsExpectedText, dsNotEmpty, dsColumnList
    case dsOneOfFound

    // MARK: Import errors (Catalogue+ImportErrors.swift)
    case impColumn, impUnreadable, impFieldCount, impNoRows, impNoColumn, impNotFinite, impCurrentUnknown
    case impNoBudget, impNotJSON, impExpectedObject, impMissing, impOneValue, impFiniteFound, impMonthsPositive
    case impNotOneOf, impEmptyChannel, impNoMean, impNegativeSpendOf, impNegativeOutcome, impOutcomeAtZero
    case impSpendTwice, impOutcomeFalls, impNoPositivePoint, impOneValueColumn, impNoScale, impNoSampleRows
    case impEmptyDraw, impNoDrawRows, impRobynHyper, impTheta, impAlpha, impGamma, impNoVariable
    case impNegativeCoefficient, impZeroAdstock, impNotDate, impNegativeSpend, impNoWindowRow

    // MARK: Horizon section (Catalogue+Horizon.swift)
    case hzMaxMonths, hzPerMonthTwice, hzExpectedMonth, hzMultipliers, hzCarried, hzMonthOutside, hzNeedsStart
    case hzOutsideHorizon, hzExpectedMonthOrNumber, hzTotalOrMax, hzAmounts, hzFixedAmounts, hzMinMaxOrList
    case hzTotalOrPerMonth, hzBoundsNeedTotal, hzChannelMinMax, hzUnknownGroup, hzWholeNumber, acHeader
    case acFields, acNonNegative, acSecondRow, acNoRows, acGap, acNoChannelRow, acAllSpent, acCannotRead
    case acNeedsStart, acOutside, planNoHorizon, planNoHorizonHint, planNoHorizonCLI, planActualsOverBudget
}
