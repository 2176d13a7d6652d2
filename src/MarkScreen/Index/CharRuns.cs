namespace MarkScreen.Index;

/// <summary>
/// Strings kept run together, for the build: their characters in one list and where each starts, read back as spans.
/// No object per string, so a collection has nothing of them to scan or copy (1.5M skeletons and as many folds at
/// 3M marks); the two lists can be written as index sections as they are.
/// </summary>
internal sealed class CharRuns(int capacity, int charsEach)
{
    /// <summary>Every string's characters, in the order they were added.</summary>
    public List<char> Chars { get; } = new(capacity * charsEach);

    /// <summary>Where each string starts in <see cref="Chars"/>, and the end of the last.</summary>
    public List<int> Starts { get; } = new(capacity + 1) { 0 };

    public int Count => Starts.Count - 1;

    public ReadOnlySpan<char> this[int i] => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Chars)[Starts[i]..Starts[i + 1]];

    public void Add(ReadOnlySpan<char> text)
    {
        Chars.AddRange(text);
        Starts.Add(Chars.Count);
    }
}
