namespace YiQiSuBan.Core.Dedupe;

/// <summary>Pairwise precision, recall and F1 of one label (duplicate or related), as the replay scorer counts them.</summary>
public sealed record PairScores(string Label, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() =>
        FormattableString.Invariant($"{Label,-9} P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}  (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})");
}
