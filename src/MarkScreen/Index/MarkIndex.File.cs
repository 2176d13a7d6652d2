using System.Buffers.Binary;

namespace MarkScreen.Index;

public sealed partial class MarkIndex
{
    /// <summary>Writes the index (to a temporary file, then renamed over <paramref name="path"/>: never half-written).</summary>
    public void Save(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp";
        using (var f = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            var header = new byte[IndexFormat.HeaderSize];
            IndexFormat.Magic.CopyTo(header);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(8), IndexFormat.Version);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(12), (int)IndexSection.Count);
            long offset = Align(header.Length);
            for (var s = 0; s < (int)IndexSection.Count; s++)
            {
                var length = Bytes((IndexSection)s).Length;
                BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(16 + (16 * s)), offset);
                BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(24 + (16 * s)), length);
                offset = Align(offset + length);
            }
            f.Write(header);
            Pad(f);
            for (var s = 0; s < (int)IndexSection.Count; s++)
            {
                f.Write(Bytes((IndexSection)s));
                Pad(f);
            }
            f.Flush(flushToDisk: true);
        }
        File.Move(temp, full, overwrite: true);
    }

    /// <summary>Maps an index file; refuses files from another format version with a clear message.</summary>
    public static MarkIndex Load(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full)) throw new FileNotFoundException($"No index at {full} (run 'markscreen index' first).", full);
        var header = new byte[IndexFormat.HeaderSize];
        long size;
        using (var f = File.OpenRead(full))
        {
            // The opened file's length, not FileInfo's: for a symbolic link that is the link's own few bytes.
            size = f.Length;
            if (f.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length || !header.AsSpan(0, 8).SequenceEqual(IndexFormat.Magic))
                throw new InvalidDataException($"{full} is not a MarkScreen index.");
        }
        var version = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(8));
        if (version != IndexFormat.Version)
            throw new InvalidDataException($"{full} is index format {version}; this build reads format {IndexFormat.Version}. Rebuild it with 'markscreen index'.");
        var count = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(12));
        if (count != (int)IndexSection.Count) throw new InvalidDataException($"{full}: unexpected section count {count}.");
        var sections = new (long, long)[count];
        for (var s = 0; s < count; s++)
        {
            var offset = BinaryPrimitives.ReadInt64LittleEndian(header.AsSpan(16 + (16 * s)));
            var length = BinaryPrimitives.ReadInt64LittleEndian(header.AsSpan(24 + (16 * s)));
            if (offset < 0 || length < 0 || offset + length > size) throw new InvalidDataException($"{full} is truncated or corrupt (section {(IndexSection)s}).");
            sections[s] = (offset, length);
        }
        return new MarkIndex(new MappedStorage(full, sections));
    }

    /// <summary>
    /// Maps the index at <paramref name="path"/>; when it is missing, from another format version or unreadable, builds
    /// it from <paramref name="marks"/> and saves it first. An index is derived from the store, so rebuilding loses
    /// nothing, and an upgrade never leaves a user with a register they cannot screen against.
    /// </summary>
    public static MarkIndex Open(string path, Func<IEnumerable<IndexedMark>> marks, Action<string>? log = null)
    {
        if (File.Exists(path))
        {
            try
            {
                return Load(path);
            }
            catch (InvalidDataException ex)
            {
                log?.Invoke($"{ex.Message} Rebuilding it.");
            }
        }
        else
        {
            log?.Invoke($"no index at {Path.GetFullPath(path)}; building it");
        }
        var built = Build(marks());
        try
        {
            built.Save(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            log?.Invoke($"could not save the index at {Path.GetFullPath(path)} ({ex.Message}); using it from memory");
            return built;
        }
        built.Dispose();
        return Load(path);
    }

    private static long Align(long n) => (n + 7) & ~7L;

    private static void Pad(Stream f)
    {
        var pad = (int)(Align(f.Position) - f.Position);
        if (pad > 0) f.Write(new byte[pad]);
    }
}
