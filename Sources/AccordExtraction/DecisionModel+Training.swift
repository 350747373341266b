import Foundation
import AccordCore

/// One candidate for training: its features and whether it matches a gold agreement.
public struct TrainingExample: Sendable {
    public var features: [String]
    public var label: Bool
    /// The event of the gold agreement the candidate is paired with (nil when unpaired).
    public var goldEvent: EventKind?
}

extension DecisionModel {
    /// The candidates of one gold article with their labels: a candidate is positive when the scorer
    /// pairs it with a gold agreement (`Evaluation.match`); every candidate of a negative article is
    /// negative.
    public static func examples(gold: GoldRecord, article: Article, candidates: [Candidate]) -> [TrainingExample] {
        let goldAgreements = gold.isAgreementNews ? gold.agreements : []
        var pairedEvent: [Int: EventKind] = [:]
        for (g, p) in Evaluation.match(gold: goldAgreements, predicted: candidates.map(\.agreement)) {
            pairedEvent[p] = goldAgreements[g].event
        }
        let features = CandidateFeatures(article: article)
        return candidates.enumerated().map { i, c in
            TrainingExample(features: features.features(of: c, count: candidates.count), label: pairedEvent[i] != nil,
                            goldEvent: pairedEvent[i])
        }
    }

    /// Fits one-vs-rest event weights on the paired examples, for the events with at least `minimum`
    /// of them: rarer events (renewal, exchange, entry into force) are left to the rules' cues.
    public static func trainEvents(_ examples: [TrainingExample], l2: Double = 0.05, epochs: Int = 300,
                                   minimum: Int = 50) -> [String: [String: Double]] {
        let paired = examples.filter { $0.goldEvent != nil }
        var counts: [EventKind: Int] = [:]
        for e in paired { counts[e.goldEvent!, default: 0] += 1 }
        var out: [String: [String: Double]] = [:]
        for kind in EventKind.allCases where counts[kind, default: 0] >= minimum {
            let labelled = paired.map { TrainingExample(features: $0.features, label: $0.goldEvent == kind) }
            out[kind.rawValue] = train(labelled, l2: l2, epochs: epochs).weights
        }
        return out
    }

    /// Fits L2-regularised logistic regression by full-batch gradient descent with AdaGrad steps;
    /// deterministic (features visited in sorted order), so the same examples give the same file.
    public static func train(_ examples: [TrainingExample], l2: Double = 0.05, epochs: Int = 300, threshold: Double = 0.5,
                             trainedOn: [String] = []) -> DecisionModel {
        let names = Array(Set(examples.flatMap(\.features))).sorted()
        var index: [String: Int] = [:]
        for (i, n) in names.enumerated() { index[n] = i }
        let rows = examples.map { e in Array(Set(e.features.compactMap { index[$0] })).sorted() }
        let bias = names.count
        var w = [Double](repeating: 0, count: names.count + 1)
        var g2 = [Double](repeating: 1e-8, count: names.count + 1)
        let n = Double(max(1, examples.count))
        let rate = 0.5
        for _ in 0..<epochs {
            var grad = [Double](repeating: 0, count: w.count)
            for (k, e) in examples.enumerated() {
                var z = w[bias]
                for j in rows[k] { z += w[j] }
                let err = 1 / (1 + exp(-z)) - (e.label ? 1 : 0)
                grad[bias] += err
                for j in rows[k] { grad[j] += err }
            }
            for j in w.indices {
                var g = grad[j] / n
                if j != bias { g += l2 * w[j] / n * 10 }
                g2[j] += g * g
                w[j] -= rate * g / g2[j].squareRoot()
            }
        }
        var weights: [String: Double] = ["bias": (w[bias] * 1e6).rounded() / 1e6]
        for (i, name) in names.enumerated() where abs(w[i]) >= 1e-4 {
            weights[name] = (w[i] * 1e6).rounded() / 1e6
        }
        return DecisionModel(threshold: threshold, l2: l2, epochs: epochs, trainedOn: trainedOn, weights: weights)
    }
}
