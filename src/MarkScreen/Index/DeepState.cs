namespace MarkScreen.Index;

/// <summary>
/// A deep state's record (the breadth-first states past the shallow depth, which only tail walks visit), eight bytes:
/// its first child's breadth-first number (bits 0-27), whether a pattern ends there (bit 28), whether some child's
/// label is not coded (bit 29), whether the record holds its pattern in place of the first child (bit 30), and the
/// label mask of its children (see <see cref="ShallowState"/>). A step of a tail walk reads the record it is at: the
/// next state is the first child plus the number of mask bits below the label.
/// <para>
/// Until format 16 a deep step searched the state's labels through FirstEdge (68 MB at 3M marks) and EdgeLabel (34 MB),
/// then read the state's terminal bit elsewhere: two dependent misses, and a third beside them, for each step. The
/// records made the normalised kinds 1.05-1.06 times as fast at 3M marks (alternating in one process, two runs of 40
/// windows each); turning tail walks off altogether had made them 1.23 times as fast, so a walk's misses stall the
/// scan behind them more than their share of the profile shows.
/// </para>
/// <para>
/// Measured and left out: the records laid out depth first, sibling groups each right after their parent's, so that a
/// mark's tail is consecutive records: 1.008 times as fast as breadth first (medians of 40 alternating windows, 22
/// faster), for 1.4 s more build at 3M marks (the layout's walk reads the breadth-first arrays at random). Most walks
/// end within two deep steps.
/// </para>
/// <para>
/// Labels not coded (characters beyond ASCII, or ASCII ones met only this deep, which may sort among the coded ones)
/// are not in the mask: a record with any finds its children by searching FirstEdge and EdgeLabel.
/// </para>
/// </summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
internal readonly struct DeepState
{
    private readonly int _child;
    public readonly uint Mask;

    private const int TerminalBit = 1 << 28, OtherLabelsBit = 1 << 29, PatternBit = 1 << 30;

    public int FirstChild => _child & ShallowState.MaxChild;

    /// <summary>Whether a pattern ends here (see <see cref="HasPattern"/>).</summary>
    public bool IsTerminal => (_child & TerminalBit) != 0;

    /// <summary>Whether some child's label is not coded: the children are then found by searching the labels.</summary>
    public bool HasOtherLabels => (_child & OtherLabelsBit) != 0;

    /// <summary>
    /// Whether the record holds the pattern ending here in place of its first child: a terminal without children.
    /// Other terminals find theirs in DeepPatterns, by the rank of the state's DeepTerminal bit (two more reads, then a
    /// third). On the generated 3M-mark register most deep patterns the titles reach have children (0.73 of 0.78 a
    /// title): a brand's longer registrations go on past it.
    /// </summary>
    public bool HasPattern => (_child & PatternBit) != 0;

    /// <summary>The pattern ending here, where <see cref="HasPattern"/>.</summary>
    public int Pattern => _child & ShallowState.MaxChild;

    /// <summary>
    /// The child of deep state <paramref name="state"/> (this record) on <paramref name="c"/>, or -1: from the mask
    /// alone where every label is coded, else through <see cref="Automaton.Goto"/>.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int Child(int state, char c, ReadOnlySpan<byte> alphabet, ReadOnlySpan<int> root, ReadOnlySpan<int> firstEdge, ReadOnlySpan<char> labels)
    {
        if (HasOtherLabels) return Automaton.Goto(state, c, root, firstEdge, labels);
        return c < 128 && alphabet[c] is var code and not 0 ? Automaton.CodedChild(Mask, FirstChild, code) : -1;
    }

    /// <summary>
    /// The records of breadth-first states <paramref name="shallow"/> to <paramref name="states"/> - 1, two ints each;
    /// <paramref name="terminal"/> holds a bit per deep state where a pattern ends, ranked by
    /// <paramref name="terminalRank"/> into <paramref name="patterns"/>.
    /// </summary>
    public static int[] Records(ReadOnlySpan<int> firstEdge, ReadOnlySpan<char> labels, ReadOnlySpan<byte> alphabet, ReadOnlySpan<long> terminal,
        ReadOnlySpan<int> terminalRank, ReadOnlySpan<int> patterns, int shallow, int states)
    {
        var records = new int[2 * Math.Max(0, states - shallow)];
        for (var s = shallow; s < states; s++)
        {
            var mask = 0u;
            var other = false;
            for (var e = firstEdge[s]; e < firstEdge[s + 1]; e++)
            {
                var c = labels[e];
                // Coded labels in character order are in code order; one not coded ends the arithmetic for this state.
                if (c >= 128 || alphabet[c] == 0)
                {
                    other = true;
                    break;
                }
                mask |= 1u << (alphabet[c] - 1);
            }
            var firstChild = firstEdge[s] + 1;
            if ((uint)firstChild > ShallowState.MaxChild) throw new InvalidOperationException($"the automaton has more than {ShallowState.MaxChild:N0} states, the most an index of format {IndexFormat.Version} holds");
            var d = s - shallow;
            var child = firstChild | (other ? OtherLabelsBit : 0);
            if (Automaton.Has(terminal, d))
            {
                var pattern = patterns[Automaton.Rank(terminal, terminalRank, d)];
                child = firstEdge[s + 1] == firstEdge[s] && pattern <= ShallowState.MaxChild ? pattern | TerminalBit | PatternBit : child | TerminalBit;
            }
            records[2 * d] = child;
            records[(2 * d) + 1] = (int)mask;
        }
        return records;
    }
}
