namespace MarkScreen.Index;

/// <summary>
/// The marks' sections resolved once, for reading a few facts of many marks without building an
/// <see cref="IndexedMark"/> for each (judging weighs up to 64 registrations of a spelling per hit).
/// </summary>
internal readonly ref struct MarkFacts
{
    private readonly ReadOnlySpan<long> _classes;
    private readonly ReadOnlySpan<long> _storeIds;
    private readonly ReadOnlySpan<int> _textStart;
    private readonly ReadOnlySpan<int> _keyStart;
    private readonly ReadOnlySpan<char> _chars;

    public MarkFacts(MarkIndex index)
    {
        _classes = index.Longs(IndexSection.MarkClasses);
        _storeIds = index.Longs(IndexSection.MarkStoreId);
        _textStart = index.Ints(IndexSection.MarkTextStart);
        _keyStart = index.Ints(IndexSection.MarkKeyStart);
        _chars = index.Chars(IndexSection.Chars);
    }

    /// <summary>The mark's Nice classes as bits (class n is bit n; see <see cref="ClassBits"/>).</summary>
    public long ClassMask(int mark) => _classes[mark];

    /// <summary>Nice classes as the index keeps them: class n (1-45) is bit n; others are left out.</summary>
    public static long ClassBits(IReadOnlyList<int> classes)
    {
        long mask = 0;
        for (var i = 0; i < classes.Count; i++) if (classes[i] is >= 1 and <= 45) mask |= 1L << classes[i];
        return mask;
    }

    /// <summary>Whether none of <paramref name="marks"/> has classes (brand-list entries, which cover every class).</summary>
    public bool NoneHasClasses(ReadOnlySpan<int> marks)
    {
        foreach (var m in marks) if (_classes[m] != 0) return false;
        return true;
    }

    /// <summary>Where the mark's full record is in the store.</summary>
    public long StoreId(int mark) => _storeIds[mark];

    /// <summary>The mark's text as registered.</summary>
    public ReadOnlySpan<char> Text(int mark) => _chars[_textStart[mark].._textStart[mark + 1]];

    /// <summary>Whether the mark has a registration number (its key is "OFFICE:SERIAL/REGISTRATION").</summary>
    public bool HasRegistrationNumber(int mark) => _chars[_keyStart[mark].._keyStart[mark + 1]].Contains('/');
}
