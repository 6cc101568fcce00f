using System.Text;

namespace VicidialLeads.TestServer.Api;

/// <summary>
/// An answer written line by line, as non_agent_api.php echoes a line and then logs it (api_log). When the log insert
/// fails (the last POST value, or the raw query string, holds an apostrophe: 58, 58c), PHP dies right after the first
/// line with HTTP 500, keeping what it echoed; <see cref="Say"/> then tells the caller to stop.
/// </summary>
internal sealed class ApiReply(ApiParameters parameters)
{
    private readonly StringBuilder _body = new();
    private readonly bool _logFails = parameters.LastPostValue.Contains('\'', StringComparison.Ordinal)
        || parameters.RawQuery.Contains('\'', StringComparison.Ordinal);

    /// <summary>Echoes a line (a newline is added); true when the log insert after it kills the script.</summary>
    public bool Say(string line)
    {
        _body.Append(line).Append('\n');
        return _logFails;
    }

    /// <summary>The answer: HTTP 200, or 500 when logging failed.</summary>
    public ApiResponse Done() => _logFails ? Died() : ApiResponse.Php(_body.ToString());

    /// <summary>PHP died on an SQL error: HTTP 500 with whatever was echoed before (often nothing).</summary>
    public ApiResponse Died() => _body.Length == 0
        ? ApiResponse.PhpFatalError
        : ApiResponse.Php(_body.ToString()) with { StatusCode = StatusCodes.Status500InternalServerError, CloseConnection = true };
}
