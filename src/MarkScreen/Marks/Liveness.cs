namespace MarkScreen.Marks;

/// <summary>Whether a mark can still be asserted. Stored as an integer: the values are frozen.</summary>
public enum Liveness
{
    Unknown = 0,
    Live = 1,
    Dead = 2,
}
