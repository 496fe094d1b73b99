namespace YiQiSuBan.Host.Cli;

/// <summary>A progress line on stderr for long runs (only when stderr is a terminal, so logs stay clean).</summary>
public sealed class ProgressBar(TextWriter error) : IProgress<(int Done, int Total)>
{
    private readonly bool _enabled = !Console.IsErrorRedirected && ReferenceEquals(error, Console.Error);
    private int _lastPercent = -1;

    public void Report((int Done, int Total) value)
    {
        if (!_enabled || value.Total < 2000) return;
        var percent = value.Done * 100 / value.Total;
        if (percent == _lastPercent) return;
        _lastPercent = percent;
        var bar = new string('#', percent / 5).PadRight(20, '.');
        error.Write($"\r[{bar}] {percent,3}% {value.Done}/{value.Total} records");
    }

    public void Done()
    {
        if (_enabled && _lastPercent >= 0) error.WriteLine();
    }
}
