using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace YiQiSuBan.Storage.Sqlite;

/// <summary>
/// One hot statement of the write connection, prepared once and run through SQLite's own API: values are bound as they
/// are (JSON as the UTF-8 it was written in, no detour through .NET strings), which is most of what the write path
/// costs besides SQLite itself. Parameters are positional (?1, ?2, …); it runs in whatever transaction the connection
/// has open, like any other statement on it.
/// </summary>
internal sealed class SqliteRawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;
    private byte[] _text = new byte[256];

    public SqliteRawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _stmt));
    }

    /// <summary>Text, encoded to UTF-8 in a buffer of the statement's (SQLite copies what is bound), not in a new array per value.</summary>
    public SqliteRawStatement Text(int index, string? value)
    {
        if (value is null) return Bound(raw.sqlite3_bind_null(_stmt, index));
        var most = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (most > _text.Length) _text = new byte[Math.Max(most, _text.Length * 2)];
        return Utf8(index, _text.AsSpan(0, Encoding.UTF8.GetBytes(value, _text)));
    }

    /// <summary>A time as round-trip text ("O", as the stores keep times), formatted into the statement's buffer.</summary>
    public SqliteRawStatement Time(int index, DateTimeOffset value)
    {
        value.TryFormat(_text, out var written, "O", CultureInfo.InvariantCulture); // at most 33 bytes; the buffer holds 256 or more
        return Utf8(index, _text.AsSpan(0, written));
    }

    /// <summary>Text already in UTF-8 (the hub's JSON).</summary>
    public SqliteRawStatement Utf8(int index, ReadOnlySpan<byte> value) => Bound(raw.sqlite3_bind_text(_stmt, index, value));

    public SqliteRawStatement Integer(int index, long? value) =>
        Bound(value is { } v ? raw.sqlite3_bind_int64(_stmt, index, v) : raw.sqlite3_bind_null(_stmt, index));

    public SqliteRawStatement Blob(int index, ReadOnlySpan<byte> value) => Bound(raw.sqlite3_bind_blob(_stmt, index, value));

    /// <summary>Runs the statement; the first column of its first row as an integer (RETURNING id), or null without a row.</summary>
    public long? Run()
    {
        try
        {
            var rc = raw.sqlite3_step(_stmt);
            if (rc == raw.SQLITE_ROW) return raw.sqlite3_column_int64(_stmt, 0);
            Check(rc == raw.SQLITE_DONE ? raw.SQLITE_OK : rc);
            return null;
        }
        finally
        {
            raw.sqlite3_reset(_stmt); // RETURNING statements finish their work here; the error was reported by step
        }
    }

    /// <summary>Runs a query, handing each row to <paramref name="row"/> (read it with the Column… methods), then resets it.</summary>
    public void ForEachRow(Action<SqliteRawStatement> row)
    {
        try
        {
            int rc;
            while ((rc = raw.sqlite3_step(_stmt)) == raw.SQLITE_ROW) row(this);
            Check(rc == raw.SQLITE_DONE ? raw.SQLITE_OK : rc);
        }
        finally
        {
            raw.sqlite3_reset(_stmt);
        }
    }

    /// <summary>Column <paramref name="index"/> (from 0) of the current row as text.</summary>
    public string ColumnText(int index) => raw.sqlite3_column_text(_stmt, index).utf8_to_string();

    /// <summary>Column <paramref name="index"/> (from 0) of the current row as an integer.</summary>
    public long ColumnInteger(int index) => raw.sqlite3_column_int64(_stmt, index);

    /// <summary>Column <paramref name="index"/> (from 0) of the current row as bytes; null for NULL.</summary>
    public byte[]? ColumnBlob(int index) =>
        raw.sqlite3_column_type(_stmt, index) == raw.SQLITE_NULL ? null : raw.sqlite3_column_blob(_stmt, index).ToArray();

    /// <summary>How many times SQLite compiled the statement again since it was prepared (SQLITE_STMTSTATUS_REPREPARE).</summary>
    public int Recompiled => raw.sqlite3_stmt_status(_stmt, 5, 0);

    private SqliteRawStatement Bound(int rc)
    {
        Check(rc);
        return this;
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
    }

    public void Dispose() => _stmt.Dispose();
}
