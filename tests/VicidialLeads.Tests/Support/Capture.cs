using System;
using System.Collections.Generic;
using System.IO;

namespace VicidialLeads.Tests.Support
{
    /// <summary>One captured exchange: what was asked and what the real server answered.</summary>
    internal sealed class Capture
    {
        public string Name { get; private set; } = "";
        public string Method { get; private set; } = "";
        public int Status { get; private set; }
        public Dictionary<string, string> Fields { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        public static Capture Parse(string name, string text)
        {
            var capture = new Capture { Name = name };
            foreach (string line in text.Split('\n'))
            {
                if (line.StartsWith("----- BODY", StringComparison.Ordinal)) break;
                if (line.StartsWith("REQUEST_METHOD: ", StringComparison.Ordinal)) capture.Method = line.Substring(16).Trim();
                else if (line.StartsWith("HTTP_STATUS: ", StringComparison.Ordinal)) capture.Status = int.Parse(line.Substring(13).Trim());
                else if (line.StartsWith("REQUEST_URL: ", StringComparison.Ordinal)) AddQuery(capture, line.Substring(13).Trim());
                else if (line.StartsWith("REQUEST_BODY: ", StringComparison.Ordinal)) AddForm(capture, line.Substring(14).Trim());
                else if (line.StartsWith("REQUEST_BODY_FILE: ", StringComparison.Ordinal))
                {
                    // Long bodies are only excerpted in the .txt; the whole body is in the raw folder.
                    string file = line.Substring(19).Split(' ')[0];
                    AddForm(capture, File.ReadAllText(Path.Combine(Fixtures.CapturesFolder, file)));
                }
            }
            return capture;
        }

        private static void AddQuery(Capture capture, string url)
        {
            int q = url.IndexOf('?');
            if (q >= 0) AddForm(capture, url.Substring(q + 1));
        }

        private static void AddForm(Capture capture, string form)
        {
            foreach (string pair in form.Split('&'))
            {
                int eq = pair.IndexOf('=');
                if (eq <= 0) continue;
                string key = pair.Substring(0, eq);
                // The query string wins over the body, as on the server.
                if (!capture.Fields.ContainsKey(key))
                    capture.Fields[key] = Uri.UnescapeDataString(pair.Substring(eq + 1).Replace('+', ' '));
            }
        }
    }
}
