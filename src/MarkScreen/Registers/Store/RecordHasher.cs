using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using MarkScreen.Marks;

namespace MarkScreen.Registers.Store;

/// <summary>
/// A content fingerprint of a record, so re-importing a file can tell "unchanged" from "updated" without comparing
/// every column. Where the record came from (file, format) is deliberately left out: the same record from another
/// copy of a file is unchanged. Fields are written length-prefixed into one pooled buffer and hashed in one call
/// (per-field hash updates cost more than the hashing itself). One instance per importing thread.
/// </summary>
internal sealed class RecordHasher
{
    private readonly ArrayBufferWriter<byte> _buffer = new(8192);

    public byte[] Hash(TrademarkRecord r, ReadOnlySpan<byte> ownersJson, ReadOnlySpan<byte> classesJson)
    {
        _buffer.ResetWrittenCount();
        Add(r.Office); Add(r.SerialNumber); Add(r.RegistrationNumber); Add(r.InternationalRegistrationNumber);
        Add(r.MarkText); Add(r.DrawingCode); Add(r.DrawingType); Add(r.MarkType); Add(r.StandardCharacters ? 1 : 0);
        Add(r.Register); Add(r.StatusCode); Add(r.Status); Add(r.StatusDate); Add((int)r.Liveness);
        Add(r.FilingDate); Add(r.RegistrationDate); Add(r.PublicationDate); Add(r.AbandonmentDate); Add(r.CancellationDate);
        Add(r.RenewalDate); Add(r.ExpiryDate); Add(r.TransactionDate); Add(r.Attorney); Add((int)r.FilingBasis);
        Add(r.Disclaimer); Add(r.PseudoMark); Add(r.Description); Add(r.Translation); Add(r.Source);
        Add(ownersJson);
        Add(classesJson);
        return SHA256.HashData(_buffer.WrittenSpan);
    }

    private void Add(DateOnly? d) => Add(d?.DayNumber ?? -1);

    private void Add(int n)
    {
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.GetSpan(4), n);
        _buffer.Advance(4);
    }

    private void Add(ReadOnlySpan<byte> bytes)
    {
        Add(bytes.Length);
        _buffer.Write(bytes);
    }

    // Length-prefixed, so ("ab","c") and ("a","bc") differ; null differs from "".
    private void Add(string? s)
    {
        if (s is null)
        {
            Add(-1);
            return;
        }
        var max = Encoding.UTF8.GetMaxByteCount(s.Length);
        var span = _buffer.GetSpan(max + 4);
        var n = Encoding.UTF8.GetBytes(s, span[4..]);
        BinaryPrimitives.WriteInt32LittleEndian(span, n);
        _buffer.Advance(n + 4);
    }
}
