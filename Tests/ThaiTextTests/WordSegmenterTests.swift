import Foundation
import Testing
@testable import ThaiText

/// Known segmentations: phrases as they occur in the seed articles, and the newmm behaviours the
/// segmenter reproduces (expected tokens are PyThaiNLP 5.4 newmm's output on the same input).
@Suite struct WordSegmenterTests {
    let general = WordSegmenter.thaiGeneral

    @Test func seedPhrasesSegmentAsNewmm() {
        let cases: [(String, [String])] = [
            ("ร่วมลงนามบันทึกความร่วมมือด้านเทคโนโลยีดิจิทัล",
             ["ร่วม", "ลงนาม", "บันทึก", "ความร่วมมือ", "ด้าน", "เทคโนโลยี", "ดิจิทัล"]),
            ("วันที่ 22 พฤษภาคม 2568 เวลา 09.00 น.",
             ["วันที่", " ", "22", " ", "พฤษภาคม", " ", "2568", " ", "เวลา", " ", "09.00", " ", "น."]),
            ("ความมั่นคงปลอดภัยไซเบอร์และการพัฒนากำลังคนดิจิทัล",
             ["ความมั่นคง", "ปลอดภัย", "ไซเบอร์", "และ", "การพัฒนา", "กำลังคน", "ดิจิทัล"]),
            ("คณะรัฐมนตรีมีมติเห็นชอบร่างบันทึกความเข้าใจ",
             ["คณะรัฐมนตรี", "มีมติ", "เห็นชอบ", "ร่าง", "บันทึก", "ความเข้าใจ"]),
            ("ผู้ประกอบการวิสาหกิจขนาดกลางและขนาดย่อม",
             ["ผู้ประกอบการ", "วิสาหกิจ", "ขนาด", "กลาง", "และ", "ขนาดย่อม"]),
            ("กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", ["กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"]),
            ("ไปหามเหสี", ["ไปหา", "มเหสี"]),
        ]
        for (text, expected) in cases {
            #expect(general.words(text).map(String.init) == expected, "\(text)")
        }
    }

    /// Long ambiguous runs keep newmm's window open past its 50-edge cut-off, after which each
    /// position keeps only its shortest word; the output must follow the same path.
    @Test func ambiguousRunsAndTheGraphCutOffMatchNewmm() {
        let cases: [(String, String)] = [
            ("ตากลมตากลมตากลมตากลมตากลมตากลมตากลมตากลมตากลมตากลมตากลมตากลม",
             "ตากลม|ตากลม|ตากลม|ตากลม|ตากลม|ตากลม|ตากลม|ตากลม|ตากลม|ตากลม|ตากลม|ตากลม"),
            ("กกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกก",
             "กก|กก|กก|กก|กก|กก|กก|กก|กก|กก|กก|กก|กก|กก|กก|กก|กก|กก|กก|กก|กก|กก|กก|กก|กก|กก|กก|กก|กก|กก|กก|กก|กก"),
            ("มากมายมากมายมากมายมากมายมากมายมากมายมากมายมากมายมากมายมากมาย",
             "มากมาย|มากมาย|มากมาย|มากมาย|มากมาย|มากมาย|มากมาย|มากมาย|มากมาย|มากมาย"),
            ("การประชุมคณะรัฐมนตรีครั้งนี้มีผู้เข้าร่วมจากกระทรวงต่างๆ",
             "การประชุม|คณะรัฐมนตรี|ครั้งนี้|มี|ผู้เข้าร่วม|จาก|กระทรวง|ต่างๆ"),
            ("ฟหกดเ่าสวงนมยบลปอทรแฉ",
             "ฟหกดเ่าสวงนมยบลปอทร|แฉ"),
            ("ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่",
             "ที่|ที่|ที่|ที่|ที่|ที่|ที่|ที่|ที่|ที่|ที่|ที่|ที่|ที่|ที่|ที่|ที่|ที่|ที่|ที่|ที่|ที่|ที่|ที่|ที่|ที่|ที่"),
            ("นายกรัฐมนตรีกล่าวว่าประเทศไทยพร้อมสนับสนุนความร่วมมือด้านปัญญาประดิษฐ์และข้อมูลขนาดใหญ่",
             "นายกรัฐมนตรี|กล่าวว่า|ประเทศ|ไทย|พร้อม|สนับสนุน|ความร่วมมือ|ด้าน|ปัญญาประดิษฐ์|และ|ข้อมูลขนาดใหญ่"),
        ]
        for (text, expected) in cases {
            #expect(general.words(text).joined(separator: "|") == expected, "\(text)")
        }
        // Small dictionaries over two letters where the cut-off changes newmm's path (found by
        // comparing newmm with and without it).
        let capped: [([String], String, String)] = [
            (["ก", "กกกข", "กข", "ขกก", "ขกข", "ขข", "ขขขข"],
             "กขกขกขกกขขกขกขขขขขขกกกขขกกขขขกขกขขกขกขขขกกกขกกขขกกขขกกกขขกขกก",
             "ก|ขกข|ก|ขกก|ขข|ก|ขกข|ขขขข|ขกก|กข|ขกก|ขข|ขกข|กข|ขกข|ก|ขข|ขกก|กข|ก|กข|ขกก|ขข|กกกข|ขกข|ก|ก"),
            (["ก", "กกก", "กกข", "กข", "กขก", "กขข", "ขก"],
             "ขกกกกขกขขกกกขขขกขขขขกกกกกกขขกกกกขกขขกขกกกขขกขกกขขกขกกกกกขกขขขกกขข",
             "ขก|ก|กกข|กข|ขก|ก|กขข|ขก|ขขขข|ก|ก|กกก|กขข|กกก|กข|กขข|กขก|ก|กขข|กข|กกข|ขก|ขก|กกก|กข|กขข|ขก|กขข"),
        ]
        for (words, text, expected) in capped {
            #expect(WordSegmenter(words: words).words(text).joined(separator: "|") == expected, "\(text)")
        }
    }

    @Test func nonThaiRunsNumbersAndNewlines() {
        let text = "ABC123 ก.พ. 1,234.5 บาท\r\nเวลา 19:32น"
        #expect(general.words(text).map(String.init)
            == ["ABC", "123", " ", "ก.พ.", " ", "1,234.5", " ", "บาท", "\r\n", "เวลา", " ", "19:32", "น"])
    }

    @Test func domainLexiconKeepsAgencyNamesWhole() {
        let name = "สำนักงานพัฒนารัฐบาลดิจิทัล"
        #expect(WordSegmenter.thai.words(name).map(String.init) == [name])
        #expect(general.words(name).count > 1)
        #expect(WordSegmenter.thai.wordCount > general.wordCount)
        #expect(general.wordCount > 60_000)
    }

    @Test func fewestWordsWinsAndTiesGoToEarlierBoundaries() {
        let seg = WordSegmenter(words: ["ตา", "ตาก", "กลม", "ลม"])
        // Both paths have two words; newmm's breadth-first search meets ตา|กลม first.
        #expect(seg.words("ตากลม").map(String.init) == ["ตา", "กลม"])
        let seg2 = WordSegmenter(words: ["ตา", "ตาก", "กลม", "ลม", "ตากลม"])
        #expect(seg2.words("ตากลม").map(String.init) == ["ตากลม"])
    }

    @Test func unknownStretchRunsToTheNextRealWord() {
        let seg = WordSegmenter(words: ["แมว", "กิน", "ปลา"])
        #expect(seg.words("แมวกินขนมปลา").map(String.init) == ["แมว", "กิน", "ขนม", "ปลา"])
        // A word never ends inside a Thai Character Cluster: "ก" would cut the cluster "กิ".
        let seg3 = WordSegmenter(words: ["ก"])
        #expect(seg3.words("กิน").map(String.init) == ["กิน"])
    }

    @Test func clustersMatchPyThaiNLPRules() {
        let cases: [(String, [String])] = [
            ("เกี๊ยะ", ["เกี๊ยะ"]), ("เลี้ยว", ["เลี้ย", "ว"]), ("เดือน", ["เดือ", "น"]),
            ("เพราะ", ["เพราะ"]), ("แข็ง", ["แข็ง"]), ("โต๊ะ", ["โต๊ะ"]), ("กิน", ["กิ", "น"]),
            ("พัฒนา", ["พัฒ", "นา"]), ("รรค", ["ร", "ร", "ค"]), ("สัตว์", ["สัตว์"]),
            ("เสียงเพลง", ["เสีย", "ง", "เพ", "ล", "ง"]), ("กรรม์", ["กรรม์"]), ("เก็บ", ["เก็บ"]),
            ("ไม้", ["ไม้"]), ("ก็ได้", ["ก็", "ได้"]), ("แล้ว", ["แล้", "ว"]), ("ขึ้น", ["ขึ้", "น"]),
        ]
        for (text, expected) in cases {
            #expect(ThaiCharacterClusters.clusters(of: text) == expected, "\(text)")
        }
    }

    @Test func clusterLookaheadFollowsPythonEndOfText() {
        // `(?=[เ-ไก-ฮ]|$)`: Python's `$` also matches before a final newline, and nowhere else.
        let cases: [(String, [String])] = [
            ("เกุย", ["เกุย"]), ("เกุยa", ["เก", "ุ", "ย", "a"]), ("เกุย\n", ["เกุย", "\n"]),
            ("เกุยก", ["เกุย", "ก"]), ("เกุย\nก", ["เก", "ุ", "ย", "\n", "ก"]), ("เกรีย", ["เกรีย"]),
            ("เกรียa", ["เก", "รี", "ย", "a"]), ("เกรีย\n", ["เกรีย", "\n"]),
            ("เกรีย\n\n", ["เก", "รี", "ย", "\n", "\n"]), ("เกรียเ", ["เกรีย", "เ"]),
        ]
        for (text, expected) in cases {
            #expect(ThaiCharacterClusters.clusters(of: text) == expected, "\(text.debugDescription)")
        }
    }

    @Test func emptyAndCustomDictionaryEdgeCases() {
        #expect(general.segment("").isEmpty)
        let empty = WordSegmenter(words: [String]())
        #expect(empty.words("ภาษาไทย abc").map(String.init).joined() == "ภาษาไทย abc")
        // Words are trimmed; blank entries are ignored.
        let seg = WordSegmenter(words: ["  ไทย \n", "", "   "])
        #expect(seg.wordCount == 1)
        #expect(seg.words("ไทยไทย").map(String.init) == ["ไทย", "ไทย"])
    }
}
