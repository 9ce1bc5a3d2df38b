import Foundation
import Testing
@testable import Hulpwijzer

/// `docs/huishouden.md` documents every field the decoder accepts, every benefit it knows and
/// every national scheme id, so counsellors can read the contract inside the repository.
@Suite struct ContractDocumentTests {
    static let text = (try? String(contentsOf: TestSupport.root.appendingPathComponent("docs/huishouden.md"), encoding: .utf8)) ?? ""

    @Test func everyFieldIsDocumented() {
        let keys = ContractFields.household.map(\.key) + ContractFields.person.map(\.key) + ContractFields.child.map(\.key)
            + ContractFields.coResident.map(\.key) + ContractFields.housing.map(\.key) + ContractFields.income.map(\.key)
            + ContractFields.assets.map(\.key) + ContractFields.debts.map(\.key)
        let missing = keys.filter { !Self.text.contains("`\($0)`") }
        #expect(missing.isEmpty, "not in docs/huishouden.md: \(missing)")
    }

    @Test func everyBenefitIsDocumented() {
        let missing = HouseholdDecoder.knownBenefits.filter { !Self.text.contains("\"\($0)\"") }
        #expect(missing.isEmpty, "not in docs/huishouden.md: \(missing)")
    }

    @Test func theExampleHouseholdsDecode() throws {
        var blocks: [String] = []
        var current: String?
        for line in Self.text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "```json" { current = "" } else if line == "```", let c = current { blocks.append(c); current = nil } else if current != nil { current! += line + "\n" }
        }
        let households = blocks.filter { !$0.contains("\"resultaten\"") }
        #expect(households.count >= 3)
        for block in households { _ = try HouseholdDecoder.decode(bytes: Array(block.utf8)) }
    }
}
