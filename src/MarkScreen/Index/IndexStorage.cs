using System.IO.MemoryMappedFiles;

namespace MarkScreen.Index;

internal interface IIndexStorage : IDisposable
{
    ReadOnlySpan<byte> Bytes(IndexSection section);
}

/// <summary>
/// Sections held in the managed arrays the builder made (a freshly built index), viewed as bytes in place: copying a
/// gigabyte of arrays into byte arrays cost a sixth of a 3M-mark build.
/// </summary>
internal sealed class ManagedStorage(Array[] sections) : IIndexStorage
{
    public ReadOnlySpan<byte> Bytes(IndexSection section) => sections[(int)section] switch
    {
        byte[] b => b,
        int[] i => System.Runtime.InteropServices.MemoryMarshal.AsBytes(i.AsSpan()),
        long[] l => System.Runtime.InteropServices.MemoryMarshal.AsBytes(l.AsSpan()),
        ulong[] u => System.Runtime.InteropServices.MemoryMarshal.AsBytes(u.AsSpan()),
        char[] c => System.Runtime.InteropServices.MemoryMarshal.AsBytes(c.AsSpan()),
        null => [],
        var other => throw new InvalidOperationException($"index section of unexpected type {other.GetType()}"),
    };

    public void Dispose() { }
}

/// <summary>
/// Sections read in place from a memory-mapped index file: loading costs a header check, and pages are read from
/// the OS cache on first touch, shared between processes. Unsafe code lives here and nowhere else.
/// </summary>
internal sealed unsafe class MappedStorage : IIndexStorage
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _base;
    private readonly (long Offset, long Length)[] _sections;

    public MappedStorage(string path, (long Offset, long Length)[] sections)
    {
        _sections = sections;
        _file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        _view = _file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        byte* pointer = null;
        _view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _base = pointer + _view.PointerOffset;
    }

    public ReadOnlySpan<byte> Bytes(IndexSection section)
    {
        var (offset, length) = _sections[(int)section];
        return new ReadOnlySpan<byte>(_base + offset, checked((int)length));
    }

    public void Dispose()
    {
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _file.Dispose();
    }
}
