namespace YiQiSuBan.Core.Supervision;

/// <summary>The four 2151 milestones: contact (2 h), first feedback (1 day), resolve (5 working days), call-back (1 day after closing).</summary>
public enum Milestone { Contact, FirstFeedback, Resolve, Callback }
