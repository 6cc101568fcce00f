using System;

namespace VicidialLeads.Transport
{
    /// <summary>A complete HTTP 200 answer of the API.</summary>
    internal sealed class ApiResponse
    {
        public ApiResponse(string body, TimeSpan elapsed)
        {
            Body = body;
            Elapsed = elapsed;
        }

        public string Body { get; }
        public TimeSpan Elapsed { get; }
    }
}
