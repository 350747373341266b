import AccordCore
import AccordStore
import Foundation
import ThaiText
import Synchronization
import Hummingbird

/// Answers of the registry's whole-corpus queries (stats, partners, areas) and encoded instrument
/// details, kept until the next write.
///
/// On the full dev corpus `stats()` scans every event; the dashboard would pay that on each view.
/// Every write through `AppDependencies` calls `invalidate()`, and entries also carry the day they
/// were computed for, because statuses ("expiring") depend on today.
public final class QueryCache: Sendable {
    struct State {
        /// Bumped by every invalidation, so an answer computed across a write is not stored.
        var generation = 0
        var day: CalendarDate?
        var stats: RegistryStats?
        var partners: [PartnerSummary]?
        var areas: [AreaCount]?
        /// Every alert of the registry (unfiltered), newest due first.
        var alerts: [InstrumentAlert]?
        /// Encoded JSON of instrument details, by id; bounded so a crawl cannot grow it without end.
        var details: [Int64: ByteBufferBox] = [:]
        /// Rendered pages that are the same for every anonymous visitor, by path and language.
        var pages: [String: ByteBufferBox] = [:]
    }
    /// An encoded answer shared between requests: `ByteBuffer` is copy-on-write, so a hit is
    /// written out without allocating or copying.
    struct ByteBufferBox: Sendable { let buffer: ByteBuffer }

    private let state = Mutex(State())
    /// Most instrument details kept.
    let detailLimit: Int

    public init(detailLimit: Int = 4096) { self.detailLimit = detailLimit }

    /// Drops everything (after an ingest or a correction).
    public func invalidate() {
        state.withLock { s in s = State(generation: s.generation + 1) }
    }

    /// Starts over when the day changed; returns the generation the caller computes under.
    private func fresh(_ today: CalendarDate) -> Int {
        state.withLock { s in
            if s.day != today { s = State(generation: s.generation + 1, day: today) }
            return s.generation
        }
    }

    /// The cached value, or `compute()`'s result stored for later.
    func value<T: Sendable>(_ key: WritableKeyPath<State, T?>, today: CalendarDate, compute: () async throws -> T) async throws -> T {
        let generation = fresh(today)
        if let hit = state.withLock({ $0[keyPath: key] }) { return hit }
        let v = try await compute()
        state.withLock { s in if s.generation == generation { s[keyPath: key] = v } }
        return v
    }

    func stats(today: CalendarDate, _ compute: () async throws -> RegistryStats) async throws -> RegistryStats {
        try await value(\.stats, today: today, compute: compute)
    }

    func partners(today: CalendarDate, _ compute: () async throws -> [PartnerSummary]) async throws -> [PartnerSummary] {
        try await value(\.partners, today: today, compute: compute)
    }

    func areas(today: CalendarDate, _ compute: () async throws -> [AreaCount]) async throws -> [AreaCount] {
        try await value(\.areas, today: today, compute: compute)
    }

    func alerts(today: CalendarDate, _ compute: () async throws -> [InstrumentAlert]) async throws -> [InstrumentAlert] {
        try await value(\.alerts, today: today, compute: compute)
    }

    /// The encoded detail of one instrument, or `compute()`'s bytes stored for later.
    func detail(_ id: Int64, today: CalendarDate, _ compute: () async throws -> [UInt8]) async throws -> ByteBuffer {
        let generation = fresh(today)
        if let hit = state.withLock({ $0.details[id] }) { return hit.buffer }
        let buffer = ByteBuffer(bytes: try await compute())
        state.withLock { s in
            guard s.generation == generation else { return }
            if s.details.count >= detailLimit { s.details.removeAll(keepingCapacity: true) }
            s.details[id] = ByteBufferBox(buffer: buffer)
        }
        return buffer
    }

    /// A rendered page, or `render()`'s bytes, stored only when it says they hold nothing per-visitor.
    func page(_ key: String, today: CalendarDate, _ render: () async throws -> (bytes: [UInt8], cacheable: Bool)) async throws -> ByteBuffer {
        let generation = fresh(today)
        if let hit = state.withLock({ $0.pages[key] }) { return hit.buffer }
        let rendered = try await render()
        let buffer = ByteBuffer(bytes: rendered.bytes)
        if rendered.cacheable {
            state.withLock { s in if s.generation == generation { s.pages[key] = ByteBufferBox(buffer: buffer) } }
        }
        return buffer
    }
}
