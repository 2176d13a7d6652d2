namespace MarkScreen.Index;

/// <summary>
/// The index file's sections, in file order. The numbering is the on-disk format: append only, never reorder
/// (a test freezes it). Element types: i = int32, u = uint32, c = UTF-16 char, l = int64, b = byte.
/// </summary>
internal enum IndexSection
{
    Root,               // i[65536]  root transitions
    FirstEdge,          // i[states+1]
    EdgeLabel,          // c[edges]  edge e leads to state e + 1 (breadth-first layout)
    ShallowStates,      // i[4 * shallow states]  in record order (see ShallowLayout): first child | full depth << 28 | other labels << 29, label mask, failure link | output count << 24, output start (format 13; see ShallowState)
    PatternChain,       // i[4 * patterns]  next pattern on the output chain (or -1), pattern length (with PatternFacts' bits: other spellings, word count, dictionary word since format 15), first spelling's fold hash (int64), a polynomial since format 8 (MatchText.FoldHash); for a pattern with other spellings, where their folds are in PatternFoldChars, start | end << 32 (format 14)
    DeepTerminal,       // l[]  bit per deep state: a pattern ends there
    DeepTerminalRank,   // i[]  set bits before each 64-bit word of DeepTerminal
    DeepPatterns,       // i[]  pattern of each deep terminal, in state order
    AutomatonShape,     // i[5] shallow depth, first state of full shallow depth, shallow state count, state count, coded labels
    Retired3,           // empty (each pattern's skeleton length until format 3; now in PatternChain)
    PatternMarkStart,   // i[patterns+1] into PatternMarks
    PatternMarks,       // i[marks]
    MarkStoreId,        // l[marks]
    MarkClasses,        // l[marks]  bit n = Nice class n; 0 = every class
    MarkFlags,          // b[marks]  liveness (2 bits), word count (bits 2-5)
    MarkTextStart,      // i[marks+1] into Chars
    MarkKeyStart,       // i[marks+1] office + ':' + serial [+ '/' + registration]
    Chars,              // c[]
    PatternStart,       // i[patterns+1] into PatternChars
    PatternChars,       // c[]  each pattern's skeleton
    FuzzyEntries,       // l[]  (low 32 bits of the polynomial hash of a skeleton or one of its one-character deletions, salted by word count: format 10) << 32 | pattern, grouped by directory bucket, equal keys together
    Retired1,           // empty (pattern of each fuzzy key until format 3)
    PhoneticEntries,    // l[]  likewise for the hashes of phonetic keys
    Retired2,           // empty (until format 3)
    PatternFoldStart,   // empty (where each pattern's folds start until format 14; now in its facts)
    PatternFoldChars,   // c[]  the exact forms of up to four spellings sharing the pattern, '\u0001'-separated; for the patterns with other spellings only (format 12)
    FuzzyDirectory,     // i[2^k+1] radix directory over FuzzyEntries (top k bits of the key)
    PhoneticDirectory,  // i[2^k+1] radix directory over PhoneticEntries
    FuzzyFilter,        // l[]  filter over the fuzzy keys: a word per directory bucket, four bits per key (format 11)
    PhoneticFilter,     // l[]  likewise for the phonetic keys
    PatternsBySkeleton, // i[patterns]  pattern ids in ordinal order of their skeletons (prefix search)
    LabelAlphabet,      // b[128]  ASCII label → code + 1 in the shallow states' label masks (see ShallowState)
    ShallowLabels,      // c[shallow states]  in record order: the label of the edge into the state (format 4: dense transition rows)
    ShortPatterns,      // i[states of the first three levels]  pattern ending at the state, or -1 (such patterns are off the output chains)
    Retired4,           // empty (where each record's outputs start in ShallowOutputs until format 12; now in the record: format 13)
    ShortWords,         // i[4 * (coded labels + 1)^3]  PatternOutput (pattern or -1, facts) for each word of one to three coded labels, by their codes in base (coded labels + 1) (format 7)
    ShallowOutputs,     // i[4 * outputs]  each shallow state's output chain (patterns of four characters or more ending there) in record order, each entry a PatternOutput: pattern, its length field and fold hash (format 6)
    ShallowOtherLabels, // l[]  record << 32 | count of labels beyond the coded ones, for the records that have some, ascending (format 13)
    DeepStates,         // i[2 * deep states]  breadth-first from the first deep state: first child (or the pattern) | terminal << 28 | labels not coded << 29 | pattern held << 30, label mask (format 16; see DeepState)
    Count,
}

internal static class IndexFormat
{
    public static ReadOnlySpan<byte> Magic => "MSINDEX\0"u8;

    /// <summary>Bump on any incompatible change; a loader refuses other versions and asks for a rebuild.</summary>
    public const int Version = 18; // 18: a pattern's facts say whether its first spelling holds a digit, and whether some registration of it parts its words

    /// <summary>Magic (8) + version (4) + section count (4) + per section offset (8) and byte length (8).</summary>
    public static int HeaderSize => 16 + (16 * (int)IndexSection.Count);
}
