using System.Collections.Generic;

namespace VicidialLeads.Transport
{
    /// <summary>
    /// With -UseGet, cuts comma-joined keys into requests whose target stays within Apache's limit (a longer one gets
    /// HTTP 414); with POST, one request holds them all.
    /// </summary>
    internal static class GetRequestChunks
    {
        /// <param name="fieldsWithoutKeys">The request's fields with an empty key list, to measure what the keys may add.</param>
        public static IEnumerable<List<string>> Split(IApiTransport client, string function, IReadOnlyList<KeyValuePair<string, string>> fieldsWithoutKeys,
            IReadOnlyList<string> keys)
        {
            if (keys.Count == 0) yield break;
            if (!client.Options.UseGet)
            {
                yield return new List<string>(keys);
                yield break;
            }

            int budget = VicidialApiClient.MaximumGetRequestTarget - client.MeasureGetRequestTarget(function, fieldsWithoutKeys);
            int separator = FormEncoder.EncodedLength(",");
            var chunk = new List<string>();
            int used = 0;
            foreach (string key in keys)
            {
                int length = FormEncoder.EncodedLength(key);
                int cost = length + (chunk.Count > 0 ? separator : 0);
                if (chunk.Count > 0 && used + cost > budget)
                {
                    yield return chunk;
                    chunk = new List<string>();
                    used = 0;
                    cost = length;
                }
                if (cost > budget)
                    throw new VicidialServerException(VicidialServerErrorKind.UnexpectedError,
                        "A GET request for even one value would pass the server's URL length limit; connect without -UseGet.");
                chunk.Add(key);
                used += cost;
            }
            if (chunk.Count > 0) yield return chunk;
        }
    }
}
