using MarkScreen.Judging;

namespace MarkScreen.Tests.Judging;

public sealed class ClassRelationsTests
{
    [Fact]
    public void Relating_classes_given_as_bits_answers_as_relating_the_list()
    {
        // The simple twin: the list form, over random marks of one to six classes against listings of none to three
        // (fixed seed), every class pair among them, and the empty cases.
        var random = new Random(7);
        for (var n = 0; n < 20_000; n++)
        {
            var mark = Enumerable.Range(0, random.Next(0, 7)).Select(_ => random.Next(1, 46)).Distinct().Order().ToList();
            var listing = Enumerable.Range(0, random.Next(0, 4)).Select(_ => random.Next(1, 46)).Distinct().ToList();
            long mask = 0;
            foreach (var c in mark) mask |= 1L << c;
            Assert.Equal(ClassRelations.Relate(mark, listing), ClassRelations.Relate(mask, listing));
        }
        for (var a = 1; a <= 45; a++)
            for (var b = 1; b <= 45; b++)
                Assert.Equal(ClassRelations.Relate([a], [b]), ClassRelations.Relate(1L << a, [b]));
        Assert.Equal(GoodsRelation.Related, ClassRelations.Relate((1L << 9) | (1L << 25), [18]).Relation);
    }
}
