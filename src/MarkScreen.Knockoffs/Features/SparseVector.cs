namespace MarkScreen.Knockoffs.Features;

/// <summary>A unit-length TF-IDF vector as sorted term ids and weights: cosine is one merge of two sorted arrays.</summary>
public sealed class SparseVector(int[] terms, float[] weights)
{
    public int[] Terms { get; } = terms;
    public float[] Weights { get; } = weights;

    public static readonly SparseVector Empty = new([], []);

    public double Cosine(SparseVector other)
    {
        double dot = 0;
        int i = 0, j = 0;
        var a = Terms;
        var b = other.Terms;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) dot += Weights[i++] * other.Weights[j++];
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return dot;
    }
}
