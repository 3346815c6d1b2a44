#!/usr/bin/env python3
"""Contacts per month, grade and form, from the Jiaxiao API into a CSV file.

Standard library only. Each month of the period is one request (one "page"), so a
long period never hits the query's bucket limit. Figures come anonymised: a bucket
covering fewer than k students is left out, and counts are rounded (docs/analysts.md).

  python3 analytics_to_csv.py --url http://localhost:8080 --username analyst --out contacts.csv
  JIAXIAO_TOKEN=<access token> python3 analytics_to_csv.py --url https://jiaxiao.example.edu

With --username the token comes from the development sign-in (POST /dev/token, dev
profile only); in production get an access token from the school's identity provider
and pass it in JIAXIAO_TOKEN.
"""

import argparse
import csv
import datetime
import json
import os
import sys
import urllib.parse
import urllib.request

# Midnights in the school's time zone: the API refuses any other boundary.
SCHOOL_ZONE = datetime.timezone(datetime.timedelta(hours=8))

QUERY = """
query ContactsOfAMonth($filter: ContactStatsFilter) {
  analytics {
    minGroupSize
    roundingBase
    contactStats(filter: $filter, groupBy: [GRADE, FORM]) {
      from
      to
      buckets { keys { dimension value label } contacts studentsReached homeVisits }
      total { suppressed suppression contacts studentsReached homeVisits }
    }
  }
}
"""

COLUMNS = ["month", "grade", "form", "contacts", "students_reached", "home_visits", "suppressed"]


def dev_token(url, username):
    body = urllib.parse.urlencode({"username": username}).encode()
    with urllib.request.urlopen(urllib.request.Request(url + "/dev/token", data=body), timeout=30) as answer:
        return json.load(answer)["access_token"]


def graphql(url, token, query, variables):
    request = urllib.request.Request(
        url + "/graphql",
        data=json.dumps({"query": query, "variables": variables}).encode(),
        headers={"Content-Type": "application/json", "Authorization": "Bearer " + token},
    )
    with urllib.request.urlopen(request, timeout=60) as answer:
        result = json.load(answer)
    if result.get("errors"):
        raise SystemExit("the API refused the query: " + json.dumps(result["errors"], ensure_ascii=False))
    return result["data"]


def school_year_start(today):
    year = today.year if today.month >= 9 else today.year - 1
    return datetime.date(year, 9, 1)


def months(first, today):
    """(from, to) midnights of each month from `first` up to the start of today."""
    start = first.replace(day=1)
    while start < today:
        following = (start + datetime.timedelta(days=32)).replace(day=1)
        yield start, min(following, today)
        start = following


def midnight(day):
    return datetime.datetime(day.year, day.month, day.day, tzinfo=SCHOOL_ZONE).isoformat()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://localhost:8080")
    parser.add_argument("--username", help="development sign-in user (dev profile only)")
    parser.add_argument("--since", help="first month, YYYY-MM (default: start of the school year)")
    parser.add_argument("--out", default="contacts.csv")
    args = parser.parse_args()
    url = args.url.rstrip("/")
    token = dev_token(url, args.username) if args.username else os.environ.get("JIAXIAO_TOKEN")
    if not token:
        raise SystemExit("no token: pass --username in development or set JIAXIAO_TOKEN")
    today = datetime.datetime.now(SCHOOL_ZONE).date()
    first = (datetime.date.fromisoformat(args.since + "-01") if args.since else school_year_start(today))

    rows = 0
    with open(args.out, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for start, end in months(first, today):
            variables = {"filter": {"from": midnight(start), "to": midnight(end)}}
            stats = graphql(url, token, QUERY, variables)["analytics"]["contactStats"]
            month = start.strftime("%Y-%m")
            for bucket in stats["buckets"]:
                keys = {key["dimension"]: key["value"] for key in bucket["keys"]}
                writer.writerow([month, keys.get("GRADE"), keys.get("FORM"), bucket["contacts"],
                                 bucket["studentsReached"], bucket["homeVisits"], False])
                rows += 1
            total = stats["total"]
            # A suppressed total has no figures: too few students to show anything.
            writer.writerow([month, "ALL", "ALL", total["contacts"], total["studentsReached"],
                             total["homeVisits"], total["suppressed"]])
            rows += 1
    print(f"analytics_to_csv: wrote {rows} rows to {args.out}")


if __name__ == "__main__":
    sys.exit(main())
