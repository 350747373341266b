import AccordStore
import ArgumentParser

/// `accord doctor`: checks the registry — storage integrity and the date rules records must keep.
struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the registry: storage integrity and records that break its date rules.",
        discussion: """
            Rules: an event other than a plan is never dated after the article that reports it \
            (event-after-article); a term never ends before it starts (term-ends-before-start). Ingest \
            keeps the first rule for new articles; records stored by older versions may break it. \
            Exit status 0 when nothing is found, 1 when problems are listed.
            """
    )

    @OptionGroup var store: StoreOptions
    @Flag(help: "Print the findings as JSON.") var json = false

    struct Findings: Encodable {
        var integrity: [String]
        var violations: [InvariantViolation]
    }

    func run() async throws {
        let registry = try await store.open(readOnly: true)
        let findings = try await reporting {
            Findings(integrity: try await registry.integrityProblems(), violations: try await registry.invariantViolations())
        }
        if json {
            print(try Output.json(findings))
        } else {
            for p in findings.integrity { print("integrity: \(p)") }
            for v in findings.violations {
                print("#\(v.instrumentId)\(v.eventId.map { " event \($0)" } ?? ""): \(v.rule.rawValue): \(v.detail)")
            }
            print("\(findings.integrity.count) integrity problem(s), \(findings.violations.count) record(s) breaking a rule")
        }
        if !findings.integrity.isEmpty || !findings.violations.isEmpty { throw ExitCode(1) }
    }
}
