using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace VicidialLeads.Policy
{
    /// <summary>
    /// Sends a write and reads its answer whatever the HTTP status: the server answers 500 with the SUCCESS body when its
    /// logging fails after the change was made (58, 68, 53e), so a 5xx whose body is an answer is that answer, never
    /// retried; a 5xx without one (the change failed) is retried like any fault, which the functions that use this may repeat safely.
    /// </summary>
    internal static class WriteResponses
    {
        public static Task<T> SendAsync<T>(ApiRequestRunner runner, string function, IReadOnlyList<KeyValuePair<string, string>> fields,
            string describe, Func<string, T> parse, Func<T, string> summarize, List<string> log, CancellationToken cancellation) =>
            runner.SendAsync(function, fields, describe, response => parse(response.Body), summarize, log, cancellation, answerSurvivesServerError: true);
    }
}
