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
}
