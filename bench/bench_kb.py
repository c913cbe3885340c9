"""Benchmark (issue 15): the knowledge base's search while the operator types, and how often
the demo's online orders find the article that answers them.

    .venv/bin/python -m bench.bench_kb
    .venv/bin/python -m bench.bench_kb --database-url postgresql://postgres@127.0.0.1:5432/test

1. Search median (`kb.search.search`, limit 3, as the call form asks) over --articles
   articles (default 10,000, and 2,000): the shipped starter set (data/kb_starter.csv) plus
   articles made from it, each the starter article of its kind with a place and a number of its
   own in the title and answer, so that every common term has hundreds of postings (a harder
   index than a varied one). The queries are 300 contents of the demo's online orders, asked
   in turn; median and 95th percentile of one query, after a warm-up pass.
2. Top-3 share: the demo (`flask demo`, in a fresh database), searched as on the day each
   order was received, with each online question order's own content. Which article answers
   which order is written here, by hand (ANSWERS, from demo/texts.py's question templates
   to the starter set's titles), not taken from the search. Online orders that ask nothing the
   starter set answers (complaints settled on the phone: 话务员已做好解释工作…) are counted
   apart.
"""

import argparse
import datetime as dt
import random
import re
import statistics
import time

from bench.common import database

ANSWERS = {  # question template of demo/texts.py or demo/cases.py -> titles that answer it
    "咨询城乡居民医保今年的缴费标准和截止时间。": {"城乡居民医保缴费标准和截止时间"},
    "咨询养老保险断缴后如何补缴。": {"养老保险断缴后如何补缴"},
    "咨询不动产登记证办理需要哪些材料。": {"不动产登记证办理材料"},
    "咨询住房公积金提取的条件和流程。": {"住房公积金提取条件和流程"},
    "咨询驾驶证到期换证在哪里办理。": {"驾驶证到期换证在哪里办理"},
    "咨询县城到里耶镇的班车是否恢复运行。": {"县城到乡镇的班车是否恢复运行"},
    "咨询户口迁移需要准备哪些材料。": {"户口迁移需要准备哪些材料"},
    "咨询居住证办理的地点和时间。": {"居住证办理地点和时间"},
    "咨询教师资格认定今年什么时候开始报名。": {"教师资格认定报名时间"},
    "咨询G352国道龙山段目前是否通行。": {"国道龙山段是否通行"},
    "咨询进出县境的道路目前是否通行，需要哪些手续。": {"进出县境的道路是否通行"},
    "咨询{place}一带的道路是否封闭，车辆能否通行。": {"道路是否封闭车辆能否通行"},
    "咨询外出务工需要开具什么证明。": {"外出务工需要开具什么证明"},
    "咨询政府对疫情期间返程人员出台了哪些措施。": {"返乡人员需要做什么"},
    "咨询如何查询和申领健康码。": {"如何申领和查询健康码"},
    "咨询防疫物资（口罩）在哪里可以购买。": {"在哪里可以买到口罩"},
    "咨询从湖北返乡后需要居家隔离多少天。": {"从湖北返乡居家隔离多少天"},
    "咨询县城超市和农贸市场的营业时间。": {"县城超市和农贸市场营业时间"},
    "咨询景区、商场什么时候恢复开放。": {"景区商场什么时候恢复开放"},
    "咨询县疫情防控指挥部的联系电话。": {"县疫情防控指挥部联系电话"},
    "咨询{place}附近的发热门诊在哪里。": {"发热门诊在哪里"},
    "咨询居家隔离期间生活物资如何购买。": {"居家隔离期间生活物资如何购买"},
    "咨询在哪里可以买到平价口罩。": {"在哪里可以买到口罩"},
    "咨询{place}到县城的道路是否设有防疫检查点，车辆能否通行。": {"防疫检查点车辆如何通行"},
    "咨询外出务工需要开具什么健康证明，到哪里开具。": {"健康证明在哪里开具", "外出务工需要开具什么证明"},
    "咨询孩子在{place}上小学需要哪些材料，学位不够怎么办。": {"孩子上小学需要哪些材料"},
    "咨询公墓购买的相关政策。": {"公墓购买政策"},
    "咨询营业执照变更需要哪些材料。": {"营业执照变更需要哪些材料"},
    "咨询身份证丢失补办的流程。": {"身份证丢失补办流程"},
    "咨询惹巴拉景区什么时候恢复开放。": {"景区商场什么时候恢复开放"},
    "来电人询问县城失物招领的联系方式。": {"失物招领联系方式"},
    "来电人在{place}居住，医保报销迟迟没有到账，希望相关部门核实。": {"医保报销没有到账"},
    "咨询疫情防控办公室电话。": {"县疫情防控指挥部联系电话"},
    "湖北来湘人员是否需要开接收证明。": {"从湖北返乡居家隔离多少天"},
}
PATTERNS = [(re.compile("^" + re.escape(t).replace(re.escape("{place}"), ".+") + "$"), a) for t, a in ANSWERS.items()]


def _answers(content):
    for pattern, titles in PATTERNS:
        if pattern.match(content):
            return titles
    return None


def _app(url):
    from app import create_app

    return create_app({"DATABASE_URL": url, "SECRET_KEY": "bench", "TESTING": True})


def _grow(target):
    """Bulk-write articles made from the starter set until there are `target`."""
    from demo.texts import RURAL_PLACES, URBAN_PLACES
    from kb.search import article_weights
    from models import KbArticle, KbTerm, db

    starters = list(KbArticle.select())
    places = URBAN_PLACES + RURAL_PLACES
    rng = random.Random(15)
    have = len(starters)
    with db.atomic():
        while have < target:
            batch = []
            for _ in range(min(500, target - have)):
                base = rng.choice(starters)
                place = rng.choice(places)
                n = rng.randrange(1000, 9999)
                batch.append(dict(title=f"{place}{base.title}（{n}）", variants=base.variants,
                                  answer=f"{place}：{base.answer}（咨询电话 0743-62{n}）", status="已发布",
                                  category=base.category_id, department=base.department_id))  # fmt: skip
            weights = [article_weights(row["title"], row["variants"], row["answer"]) for row in batch]
            for row, weight in zip(batch, weights, strict=True):
                row["token_count"] = max(1, round(sum(weight.values())))
            ids = _insert_ids(batch)
            terms = [
                {"article": article_id, "term": t, "weight": w, "length": row["token_count"]}
                for article_id, row, weight in zip(ids, batch, weights, strict=True)
                for t, w in weight.items()
            ]
            for start in range(0, len(terms), 1000):
                KbTerm.insert_many(terms[start : start + 1000]).execute()
            have += len(batch)


def _insert_ids(rows):
    from models import KbArticle

    return [KbArticle.insert(**row).execute() for row in rows]


def _timings(queries, today, runs):
    from kb.search import search

    for q in queries:  # warm-up
        search(q, limit=3, today=today)
    times = []
    for _ in range(runs):
        for q in queries:
            started = time.perf_counter()
            search(q, limit=3, today=today)
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--sizes", default="2000,10000")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    from demo.loader import load_demo
    from models import KbArticle, WorkOrder, db

    with database(args.database_url, "bench_kb.db", "bench_kb") as url:
        app = _app(url)
        with app.app_context(), db.connection_context():
            if url.startswith("sqlite"):
                from schema import drop_all

                drop_all()
            started = time.perf_counter()
            load_demo()
            print(f"flask demo (with the starter set): {time.perf_counter() - started:.1f} s")
            online = list(
                WorkOrder.select(WorkOrder.content, WorkOrder.received_at)
                .where((WorkOrder.status == "ONLINE") & ~WorkOrder.is_harassment)
                .order_by(WorkOrder.id)
                .tuples()
            )
            from kb.search import search

            found = asked = 0
            misses = {}
            for content, received in online:
                titles = _answers(content)
                if titles is None:
                    continue
                asked += 1
                top = [h["article"].title for h in search(content, limit=3, today=received.date())]
                if titles & set(top):
                    found += 1
                else:
                    misses[content] = top
            print(f"online orders: {len(online)}; asking what the starter set answers: {asked}; "
                  f"answer in top 3: {found} ({found / asked:.1%})")  # fmt: skip
            for content, top in list(misses.items())[:10]:
                print(f"  miss: {content} -> {top}")
            rng = random.Random(7)
            queries = [c for c, _ in rng.sample(online, 300)]
            today = dt.date(2020, 3, 15)
            for size in [int(s) for s in args.sizes.split(",")]:
                _grow(size)
                count = KbArticle.select().count()
                median, p95 = _timings(queries, today, args.runs)
                print(f"search over {count} articles: median {median:.1f} ms, p95 {p95:.1f} ms (300 queries)")


if __name__ == "__main__":
    main()
