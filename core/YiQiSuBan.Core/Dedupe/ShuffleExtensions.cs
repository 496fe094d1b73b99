namespace YiQiSuBan.Core.Dedupe;

/// <summary>A seeded Fisher–Yates shuffle (order-robustness checks).</summary>
public static class ShuffleExtensions
{
    public static List<T> Shuffled<T>(this List<T> list, int seed)
    {
        var random = new Random(seed);
        var copy = list.ToList();
        for (var i = copy.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }
        return copy;
    }
}
