namespace YiQiSuBan.Connectors.Abstractions;

/// <summary>What <see cref="IChannelConnector.CheckAsync"/> found: reach, credentials and layout, with a short operator message.</summary>
public sealed record ConnectorCheck(bool Reachable, bool CredentialsAccepted, bool LayoutRecognised, string Message)
{
    public bool Ok => Reachable && CredentialsAccepted && LayoutRecognised;

    public static ConnectorCheck Fine(string message) => new(true, true, true, message);
}
