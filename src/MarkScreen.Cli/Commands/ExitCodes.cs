namespace MarkScreen.Cli.Commands;

/// <summary>Fixed exit codes, as scripts rely on them.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command ran but found nothing usable (no record imported, mark not found).</summary>
    public const int NothingUsable = 1;

    /// <summary>Bad arguments, unreadable store, network failure.</summary>
    public const int Error = 2;
}
