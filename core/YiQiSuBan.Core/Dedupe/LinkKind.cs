namespace YiQiSuBan.Core.Dedupe;

/// <summary>What the matcher concluded about a pair of complaints (stored in dedupe_links.kind).</summary>
public enum LinkKind
{
    /// <summary>Nothing in common worth keeping.</summary>
    None,

    /// <summary>An identity key agrees, similar text, within the window: the same complainant and matter.</summary>
    Duplicate,

    /// <summary>Very similar text within the window, one side's identity unknown: a duplicate unless the group says otherwise.</summary>
    Probable,

    /// <summary>Same matter, different complainants.</summary>
    Related,

    /// <summary>An operator said: the same complainant and matter.</summary>
    Join,

    /// <summary>An operator said: not the same.</summary>
    Split,
}
