import Testing
@testable import ThaiText

@Suite struct CalendarDateTests {
    @Test func rejectsImpossibleDays() {
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2022, month: 13, day: 1) == nil)
        #expect(CalendarDate(year: 2022, month: 4, day: 31) == nil)
    }

    @Test func isoRoundTrip() {
        let d = CalendarDate(iso: "2022-10-25")
        #expect(d?.year == 2022 && d?.month == 10 && d?.day == 25)
        #expect(d?.iso == "2022-10-25")
        #expect(CalendarDate(iso: "2022-1-25") == nil)
        #expect(CalendarDate(iso: "garbage") == nil)
    }

    @Test(arguments: ["1970-01-01", "2000-02-29", "2024-12-31", "1899-03-01", "2030-06-15"])
    func epochDaysRoundTrip(_ iso: String) {
        let d = CalendarDate(iso: iso)!
        #expect(CalendarDate(daysSinceEpoch: d.daysSinceEpoch) == d)
    }

    @Test func arithmetic() {
        let d = CalendarDate(iso: "2022-07-04")!
        #expect(d.adding(years: 3).iso == "2025-07-04")
        #expect(CalendarDate(iso: "2024-02-29")!.adding(years: 1).iso == "2025-02-28")
        #expect(d.adding(days: 180).iso == "2022-12-31")
        // Terms beyond the calendar end at its edge instead of trapping (issue 13).
        #expect(d.adding(years: 7980).year == 9999)
        #expect(d.adding(years: .infinity).year == 9999 && d.adding(years: -.infinity).year == 1)
        #expect(d.adding(years: .nan).year == 1 || d.adding(years: .nan).year == 9999)
        #expect(d.adding(years: 1e300).year == 9999 && d.adding(months: Int.max).year == 9999)
        #expect(CalendarDate(iso: "1970-01-02")!.daysSinceEpoch == 1)
    }
}
