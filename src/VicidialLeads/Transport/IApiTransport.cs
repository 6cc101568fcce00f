using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace VicidialLeads.Transport
{
    /// <summary>
    /// What the request policy and the function executors need of the API client, so the policy can be tested
    /// against a scripted server without sockets.
    /// </summary>
    internal interface IApiTransport
    {
        ApiEndpoint Endpoint { get; }
        string User { get; }
        string Source { get; }
        VicidialClientOptions Options { get; }
        SecretRedactor Redactor { get; }

        /// <summary>
        /// Sends an authenticated request for <paramref name="function"/> with the given fields, within
        /// <paramref name="timeLimit"/> when given, else the session's time-out.
        /// </summary>
        Task<ApiResponse> SendAsync(string function, IReadOnlyList<KeyValuePair<string, string>> fields, CancellationToken cancellation, TimeSpan? timeLimit = null);

        /// <summary>A check of the API with a short time-out, for a held run: <paramref name="function"/> with <paramref name="fields"/>.</summary>
        Task<ApiResponse> ProbeAsync(string function, IReadOnlyList<KeyValuePair<string, string>> fields, CancellationToken cancellation);

        /// <summary>
        /// True once the user proved not allowed check_phone_number, so probes use lead_search (which the server logs as an
        /// ERROR); shared by every run of the session.
        /// </summary>
        bool ProbesByLeadSearch { get; set; }

        /// <summary>The length of a GET request target for these fields.</summary>
        int MeasureGetRequestTarget(string function, IReadOnlyList<KeyValuePair<string, string>> fields);
    }
}
