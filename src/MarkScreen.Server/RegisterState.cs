using MarkScreen.Index;
using MarkScreen.Registers.Store;
using MarkScreen.Screening;
using MarkScreen.Search;

namespace MarkScreen.Server;

/// <summary>
/// The register as the server serves it: the store (read-only; requests read it through StoreRecords' per-thread
/// connections), its matching index, the screener and the clearance search over them. An import builds a new generation and swaps it in whole; requests already running finish on
/// the generation they started with (it is disposed once nobody holds it).
/// </summary>
public sealed class RegisterState : IDisposable
{
    private Generation _current;
    private readonly Lock _swap = new();

    public string DbPath { get; }

    public RegisterState(string dbPath)
    {
        DbPath = Path.GetFullPath(dbPath);
        _current = Generation.Open(DbPath);
    }

    /// <summary>The current generation, held until the lease is disposed.</summary>
    public Lease Acquire()
    {
        lock (_swap)
        {
            _current.Users++;
            return new Lease(this, _current);
        }
    }

    /// <summary>Reopens the store and index after an import and swaps them in.</summary>
    public void Reload()
    {
        var next = Generation.Open(DbPath);
        Generation old;
        lock (_swap)
        {
            old = _current;
            _current = next;
            old.Retired = true;
            if (old.Users > 0) return;
        }
        old.Dispose();
    }

    private void Release(Generation g)
    {
        lock (_swap)
        {
            g.Users--;
            if (!g.Retired || g.Users > 0) return;
        }
        g.Dispose();
    }

    public void Dispose()
    {
        lock (_swap) _current.Dispose();
    }

    public sealed class Lease(RegisterState owner, Generation generation) : IDisposable
    {
        public MarkIndex Index => generation.Index;
        public Screener Screener => generation.Screener;
        public ClearanceSearch Search => generation.Search;
        public StoreRecords Records => generation.Records;

        public void Dispose() => owner.Release(generation);
    }

    public sealed class Generation : IDisposable
    {
        public required MarkStore Store { get; init; }
        public required MarkIndex Index { get; init; }
        public required StoreRecords Records { get; init; }
        public required Screener Screener { get; init; }
        public required ClearanceSearch Search { get; init; }
        internal int Users { get; set; }
        internal bool Retired { get; set; }

        public static Generation Open(string dbPath)
        {
            var store = MarkStore.Open(dbPath, readOnly: true);
            var indexPath = MarkStore.DefaultIndexPath(dbPath);
            var index = MarkIndex.Open(indexPath, store.LiveWordMarks);
            // A server screens for as long as it runs: the sections matching reads at random go into huge pages.
            index.UseHugePages(HotSections.All);
            var records = new StoreRecords(store);
            return new Generation { Store = store, Index = index, Records = records, Screener = new Screener(index, records), Search = new ClearanceSearch(index, records) };
        }

        public void Dispose()
        {
            Search.Dispose();
            Screener.Dispose();
            Records.Dispose();
            Index.Dispose();
            Store.Dispose();
        }
    }
}
