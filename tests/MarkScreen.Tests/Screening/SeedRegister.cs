using MarkScreen.Index;
using MarkScreen.Registers.Import;
using MarkScreen.Registers.Store;
using MarkScreen.Screening;

namespace MarkScreen.Tests.Screening;

/// <summary>
/// The register the demo builds, minus the USPTO fixtures: seed marks from public facts (AIRBAG, SHEIN, EMOJI …) and
/// the two open brand lists, imported through the real importer into a real store and index. Shared by a test class.
/// </summary>
public sealed class SeedRegister : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly StoreRecords _records;

    public MarkStore Store { get; }
    public MarkIndex Index { get; }
    public Screener Screener { get; }

    public SeedRegister()
    {
        Store = MarkStore.Open(_dir.File("register.db"));
        var importer = new RegisterImporter(Store);
        importer.ImportFile(TestData.Samples("seeds", "seed-marks.csv"));
        importer.ImportFile(TestData.Samples("brands", "brand-list.csv"));
        Index = MarkIndex.Build(Store.LiveWordMarks());
        _records = new StoreRecords(Store);
        Screener = new Screener(Index, _records);
    }

    public ListingResult Screen(string title, string? category = null, string? brand = null, string? seller = null, string? description = null) =>
        Screener.Screen(new Listing("t1", title, description, category, brand, seller, 1));

    public void Dispose()
    {
        Screener.Dispose();
        _records.Dispose();
        Index.Dispose();
        Store.Dispose();
        _dir.Dispose();
    }
}
