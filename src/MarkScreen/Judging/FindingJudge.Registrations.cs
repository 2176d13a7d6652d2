using MarkScreen.Index;

namespace MarkScreen.Judging;

public sealed partial class FindingJudge
{
    /// <summary>
    /// What weighing one registration needs, read from the index without building its entry: its classes as bits
    /// (class n is bit n), its text (one string for all the registrations of a hit spelt alike), whether it has a
    /// registration number, and where its record is. Only the registration cited gets its entry (see <see cref="Mark"/>).
    /// </summary>
    private readonly record struct Registration(int Id, long Classes, string Text, bool HasNumber, long StoreId);

    /// <summary>
    /// The first <see cref="MaxRegistrationsJudged"/> registrations of a hit that can weigh differently, in order, and
    /// whether any of them is famous (five classes or more). Two registrations spelt alike with the same classes and
    /// standing (a registration number each, or no classes) score alike, and the first of equals is the one cited, so
    /// the later ones are skipped. At 3M marks, building the entries of a common word's many registrations, each a
    /// few reads far apart in the index, was two fifths of screening's time. Registrations with classes but no number
    /// are never skipped: whether they are registered is read from their own record.
    /// </summary>
    private List<Registration> Distinct(IReadOnlyList<int> registrations, out bool famous)
    {
        famous = false;
        var facts = index.Facts;
        var considered = Math.Min(registrations.Count, MaxRegistrationsJudged);
        var kept = new List<Registration>(Math.Min(considered, 8));
        for (var r = 0; r < considered; r++)
        {
            var id = registrations[r];
            var mask = facts.ClassMask(id);
            famous |= System.Numerics.BitOperations.PopCount((ulong)mask) >= 5;
            var text = facts.Text(id);
            string? shared = null;
            bool? numbered = null;
            var same = false;
            // The kept registrations spelt alike share one string, so the text is compared once per spelling; the key,
            // a read of its own far into the index, only for an equal, and once.
            foreach (var k in kept)
            {
                if (shared is null && text.SequenceEqual(k.Text)) shared = k.Text;
                if (k.Classes != mask || !ReferenceEquals(shared, k.Text)) continue;
                if (mask == 0 || (k.HasNumber && (numbered ??= facts.HasRegistrationNumber(id))))
                {
                    same = true;
                    break;
                }
            }
            if (!same) kept.Add(new Registration(id, mask, shared ?? new string(text), numbered ?? facts.HasRegistrationNumber(id), facts.StoreId(id)));
        }
        return kept;
    }

    /// <summary>
    /// Weighs every one of the first <see cref="MaxRegistrationsJudged"/> registrations from its entry, as judging did
    /// before <see cref="Distinct"/>: its simple twin, which tests judge against.
    /// </summary>
    internal bool WeighEveryRegistration { get; init; }

    /// <summary>The first <see cref="MaxRegistrationsJudged"/> registrations, each from its entry.</summary>
    private List<Registration> AllOf(IReadOnlyList<int> registrations, out bool famous)
    {
        var infos = registrations.Take(MaxRegistrationsJudged).Select(id => (Id: id, Entry: Mark(id))).ToList();
        famous = infos.Any(i => i.Entry.NiceClasses.Count >= 5);
        return [.. infos.Select(i => new Registration(i.Id, MarkFacts.ClassBits(i.Entry.NiceClasses), i.Entry.Text, i.Entry.RegistrationNumber is not null, i.Entry.StoreId))];
    }

}
