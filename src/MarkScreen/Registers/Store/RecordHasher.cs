using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using MarkScreen.Marks;

namespace MarkScreen.Registers.Store;

/// <summary>
/// A content fingerprint of a record, so re-importing a file can tell "unchanged" from "updated" without comparing
/// every column. Where the record came from (file, format) is deliberately left out: the same record from another
/// copy of a file is unchanged. One instance per importing thread; it reuses its hash state.
/// </summary>
internal sealed class RecordHasher : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _scratch = new byte[8192];

    public byte[] Hash(TrademarkRecord r)
    {
        Add(r.Office); Add(r.SerialNumber); Add(r.RegistrationNumber); Add(r.InternationalRegistrationNumber);
        Add(r.MarkText); Add(r.DrawingCode); Add(r.DrawingType); Add(r.MarkType); Add(r.StandardCharacters ? "1" : "0");
        Add(r.Register); Add(r.StatusCode); Add(r.Status); Add(r.StatusDate); Add((int)r.Liveness);
        Add(r.FilingDate); Add(r.RegistrationDate); Add(r.PublicationDate); Add(r.AbandonmentDate); Add(r.CancellationDate);
        Add(r.RenewalDate); Add(r.ExpiryDate); Add(r.TransactionDate); Add(r.Attorney); Add((int)r.FilingBasis);
        Add(r.Disclaimer); Add(r.PseudoMark); Add(r.Description); Add(r.Translation); Add(r.Source);
        Add(r.Owners.Count);
        foreach (var o in r.Owners)
        {
            Add(o.Name); Add(o.PartyTypeCode); Add(o.PartyType); Add(o.IsCurrentOwner ? 1 : 0); Add(o.EntityTypeCode);
            Add(o.EntityType); Add(o.Country); Add(o.State); Add(o.City); Add(o.Address); Add(o.DoingBusinessAs);
        }
        Add(r.Classes.Count);
        foreach (var c in r.Classes)
        {
            Add(c.NiceClass ?? -1); Add(c.ClassCode); Add(c.UsClasses); Add(c.StatusCode); Add(c.Status); Add(c.StatusDate);
            Add(c.FirstUseAnywhere); Add(c.FirstUseInCommerce); Add(c.Goods);
        }
        return _hash.GetHashAndReset();
    }

    private void Add(DateOnly? d) => Add(d?.DayNumber ?? -1);

    private void Add(int n)
    {
        BinaryPrimitives.WriteInt32LittleEndian(_scratch, n);
        _hash.AppendData(_scratch, 0, 4);
    }

    // Length-prefixed, so ("ab","c") and ("a","bc") differ; null differs from "".
    private void Add(string? s)
    {
        if (s is null)
        {
            Add(-1);
            return;
        }
        Add(s.Length);
        var span = s.AsSpan();
        while (!span.IsEmpty)
        {
            var take = Math.Min(span.Length, _scratch.Length / 3);
            var n = Encoding.UTF8.GetBytes(span[..take], _scratch);
            _hash.AppendData(_scratch, 0, n);
            span = span[take..];
        }
    }

    public void Dispose() => _hash.Dispose();
}
