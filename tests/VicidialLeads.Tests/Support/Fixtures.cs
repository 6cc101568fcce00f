using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace VicidialLeads.Tests.Support
{
    /// <summary>The captures of a real VICIdial server in tests/fixtures/vicidial.</summary>
    internal static class Fixtures
    {
        public static string Root { get; } = FindRoot();

        public static string CapturesFolder => Path.Combine(Root, "tests", "fixtures", "vicidial", "captures");

        /// <summary>The exact body bytes of one capture, as text.</summary>
        public static string Body(string name) =>
            Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(CapturesFolder, "raw", name + ".body")));

        public static Capture Load(string name) => Capture.Parse(name, File.ReadAllText(Path.Combine(CapturesFolder, name + ".txt")));

        public static IEnumerable<string> Names() =>
            Directory.GetFiles(CapturesFolder, "*.txt").Select(Path.GetFileNameWithoutExtension).OrderBy(n => n, StringComparer.Ordinal)!;

        /// <summary>The seeded leads: phone number → lead ids of the live table, newest first.</summary>
        public static Dictionary<string, long[]> SeededLeads(string table = "vicidial_list")
        {
            var leads = new Dictionary<string, List<long>>();
            foreach (string line in File.ReadLines(Path.Combine(Root, "tests", "fixtures", "vicidial", "seeded_leads.tsv")).Skip(1))
            {
                string[] fields = line.Split('\t');
                if (fields.Length < 9 || fields[8] != table) continue;
                if (!leads.TryGetValue(fields[1], out var ids)) leads[fields[1]] = ids = new List<long>();
                ids.Add(long.Parse(fields[0]));
            }
            return leads.ToDictionary(p => p.Key, p => p.Value.OrderByDescending(id => id).ToArray());
        }

        private static string FindRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "VicidialLeads.psd1")))
                    return dir.FullName;
            }
            throw new DirectoryNotFoundException("The repository root (with VicidialLeads.psd1) was not found above " + AppContext.BaseDirectory);
        }
    }

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
