using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace VicidialLeads.Policy
{
    /// <summary>
    /// Sends a write and reads its answer whatever the HTTP status: the server answers 500 with the SUCCESS body when its
    /// logging fails after the change was made (58, 68, 53e), so a 5xx with a body is the answer, never retried; a 5xx
    /// without one (the change failed) is retried like any fault, which the functions that use this may repeat safely.
    /// </summary>
    internal static class WriteResponses
    {
        public static async Task<T> SendAsync<T>(ApiRequestRunner runner, string function, IReadOnlyList<KeyValuePair<string, string>> fields,
            string describe, Func<string, T> parse, Func<T, string> summarize, List<string> log, CancellationToken cancellation)
        {
            try
            {
                return await runner.SendAsync(function, fields, describe, response => parse(response.Body), summarize, log, cancellation,
                    failure => failure is VicidialTransportException { StatusCode: >= 500 } answered && answered.Body.Length > 0).ConfigureAwait(false);
            }
            catch (VicidialTransportException answered) when (answered.StatusCode >= 500 && answered.Body.Length > 0)
            {
                T parsed = parse(answered.Body);
                log.Add($"{function}: {describe}, HTTP {answered.StatusCode} with an answer in the body (the server failed after answering, when it logs the request): {summarize(parsed)}.");
                return parsed;
            }
        }
    }
}
