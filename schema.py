"""Create or upgrade the schema, the same way on SQLite and PostgreSQL.

peewee creates what is missing (tables, indexes, with IF NOT EXISTS); columns added to a
model later are added to an existing table with playhouse.migrate. No hand-written DDL.
"""

from playhouse.migrate import SchemaMigrator, migrate

from models import ALL_MODELS, Callback, WorkOrder, db


def create_or_upgrade():
    """Bring the schema up to the models. Returns the changes made (empty when up to date)."""
    changes = []
    existing = set(db.get_tables())
    migrator = SchemaMigrator.from_database(db.obj)
    with db.atomic():
        for model in ALL_MODELS:
            table = model._meta.table_name
            if table not in existing:
                model.create_table(safe=True)
                changes.append(f"新建表 {table}")
                continue
            have = {c.name for c in db.get_columns(table)}
            for field in model._meta.sorted_fields:
                if field.column_name not in have:
                    migrate(migrator.add_column(table, field.column_name, _addable(field)))
                    changes.append(f"新增列 {table}.{field.column_name}")
            have_indexes = {i.name for i in db.get_indexes(table)}
            for index in model._meta.fields_to_index():
                if index._name not in have_indexes:
                    model._schema.create_indexes(safe=True)
                    changes.append(f"新建索引 {table}")
                    break
        if f"新增列 {WorkOrder._meta.table_name}.callback_result" in changes:
            _backfill_callback_result()
    return changes


def _backfill_callback_result():
    """Data migration: work_order.callback_result, added to an existing database, gets each
    order's stored callback result (the figures read it from the order instead of joining
    callback). One UPDATE with a correlated subquery, the same on SQLite and PostgreSQL."""
    result = Callback.select(Callback.result).where(Callback.order == WorkOrder.id)
    WorkOrder.update(callback_result=result).execute()


def _addable(field):
    # A column added to a table with rows must accept them: NOT NULL only with a default.
    if not field.null and field.default is None:
        field.null = True
    return field


def drop_all():
    """Drop every table (tests and `init-db --reset` only)."""
    db.drop_tables(ALL_MODELS, safe=True)
