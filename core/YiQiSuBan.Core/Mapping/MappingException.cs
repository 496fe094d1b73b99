namespace YiQiSuBan.Core.Mapping;

/// <summary>A source record that cannot become a complaint; the message is for an operator and holds no personal data.</summary>
public sealed class MappingException(string message) : Exception(message);
