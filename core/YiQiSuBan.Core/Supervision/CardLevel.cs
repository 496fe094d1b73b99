namespace YiQiSuBan.Core.Supervision;

/// <summary>Supervision card: yellow when a deadline is missed, red when still nothing one working day later.</summary>
public enum CardLevel { None, Yellow, Red }
