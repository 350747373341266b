import AccordCore
import AccordStore
import Foundation
import Testing
import ThaiText

@Suite struct SearchTextTests {
    // Unsegmented, so the suffix rule is tested on its own whatever the dictionary holds.
    let text = SearchText(tokenizer: ThaiAwareTokenizer(segment: nil))

    @Test func longThaiWordsIndexTheirSuffixes() {
        let tokens = text.indexTokens("ความมั่นคงปลอดภัยไซเบอร์").split(separator: " ").map(String.init)
        #expect(tokens.first == "ความมั่นคงปลอดภัยไซเบอร์")
        #expect(tokens.contains("ไซเบอร์"))
        #expect(tokens.contains("ปลอดภัยไซเบอร์"))
        // No suffix starts on a vowel sign or tone mark.
        #expect(!tokens.contains { $0.hasPrefix("ั") || $0.hasPrefix("่") || $0.hasPrefix("์") })
    }

    @Test func latinIsLowercasedAndQueriesArePrefixesWithOperatorsQuoted() {
        #expect(text.indexTokens("MOU on AI, 5G!") == "mou on ai 5g")
        #expect(text.matchExpression("ไซเบอร์ AND \"xy") == "\"ไซเบอร์\"* \"and\"* \"xy\"*")
        #expect(text.matchExpression(" ,; ") == nil)
        // One-letter words are dropped and at most ten words kept (250 one-letter prefix queries once took a minute).
        let hostile = (0..<250).map { _ in "a" }.joined(separator: " ")
        #expect(text.matchExpression(hostile) == nil)
        let many = (1...40).map { "word\($0)" }.joined(separator: " ")
        #expect(text.queryWords(many).count == SearchText.maxQueryWords)
        #expect(text.matchExpression("mou mou x MOU") == "\"mou\"*")
    }

    @Test func tokenizerSplitsScripts() {
        #expect(ThaiAwareTokenizer.standard.words("MOUไทย-ญี่ปุ่น 2565").map(String.init) == ["MOU", "ไทย", "ญี่ปุ่น", "2565"])
    }
}

@Suite struct ConfigurationAndHashTests {
    @Test func flagBeatsEnvironmentBeatsDefault() {
        #expect(StoreConfiguration.resolve(flag: "/x/a.sqlite", environment: ["ACCORD_DATABASE": "/y/b.sqlite"]).databasePath == "/x/a.sqlite")
        #expect(StoreConfiguration.resolve(flag: nil, environment: ["ACCORD_DATABASE": "/y/b.sqlite"]).databasePath == "/y/b.sqlite")
        #expect(StoreConfiguration.resolve(flag: nil, environment: [:]).databasePath == "accord.sqlite")
        #expect(StoreConfiguration.resolve(flag: "", environment: ["ACCORD_DATABASE": ""]).databasePath == "accord.sqlite")
    }

    @Test func sha256MatchesKnownVectors() {
        #expect(ContentHash.sha256("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHash.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentHash.sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(ContentHash.sha256("ไทย") == "6d420ffde81c1303865d1e069ea6cb0062fdbb56bcac49265f8208900aae9884")
    }
}
