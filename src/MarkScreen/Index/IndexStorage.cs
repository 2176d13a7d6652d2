using System.IO.MemoryMappedFiles;

namespace MarkScreen.Index;

internal interface IIndexStorage : IDisposable
{
    ReadOnlySpan<byte> Bytes(IndexSection section);
}

/// <summary>Sections held in managed arrays (a freshly built index).</summary>
internal sealed class ManagedStorage(byte[][] sections) : IIndexStorage
{
    public ReadOnlySpan<byte> Bytes(IndexSection section) => sections[(int)section];
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
